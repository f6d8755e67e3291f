package loaders_test

import (
	"strings"
	"testing"

	"github.com/entente-kg/entente/graph"
)

// Sentences written for these tests: agreements the text describes but never names,
// headlines that name them, versions told apart by "original" and "revised", and "the
// government" of the state an article is about.

func TestRelationsDescribedAgreements(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "noun_modifiers_name_the_agreement",
			text: "Chile and Peru signed a fisheries cooperation agreement in Lima on Monday.",
			want: []string{"Chile|signed|Chile-Peru fisheries cooperation agreement", "Peru|signed|Chile-Peru fisheries cooperation agreement"}},
		{name: "participle_clause_names_the_treaty",
			text: "Indonesia and Portugal signed a treaty transferring Macau to China.",
			want: []string{"Indonesia|signed|treaty transferring Macau to China", "Portugal|signed|treaty transferring Macau to China"}},
		{name: "participle_clause_stops_before_event_phrase",
			text: "Ghana and Togo signed a pact ending their border dispute in Accra.",
			want: []string{}},
		{name: "bare_agreement_takes_the_headline_deal",
			title: "Chile and Peru sign Lima deal on fishing rights",
			text:  "Chile and Peru signed an agreement on Monday. The talks were mediated by Brazil.",
			want:  []string{"Chile|signed|Lima deal", "Peru|signed|Lima deal", "Brazil|mediated|Lima deal"}},
		{name: "headline_deal_with_coordinated_modifiers",
			title: "Armenia and Azerbaijan agree Nagorno-Karabakh ceasefire and prisoner deal",
			text:  "Armenia and Azerbaijan signed a truce on Tuesday. The deal was brokered by Russia.",
			want:  []string{"Armenia|signed|Nagorno-Karabakh ceasefire and prisoner deal", "Azerbaijan|signed|Nagorno-Karabakh ceasefire and prisoner deal", "Russia|mediated|Nagorno-Karabakh ceasefire and prisoner deal"}},
		{name: "bare_agreement_without_a_name_gives_nothing",
			text: "Chile and Peru signed an agreement on Monday.",
			want: []string{}},
		{name: "possible_agreement_is_no_agreement",
			text: "Chile and Peru are negotiating a possible trade agreement.",
			want: []string{}},
		{name: "contrast_words_keep_versions_apart",
			text: "Peru and Ecuador signed a revised border agreement on Friday. The two countries had signed the original accord in March, but voters rejected it. Brazil welcomed the revised accord.",
			want: []string{"Peru|signed|revised border agreement", "Ecuador|signed|revised border agreement", "Peru|signed|original accord", "Ecuador|signed|original accord"}},
		{name: "antecedent_in_the_sentence_beats_the_focus",
			text: "Norway hosted talks on the Paris Agreement. Months later Chile and Peru signed the Lima Accord, and Bolivia signed the document in June.",
			want: []string{"Chile|signed|Lima Accord", "Peru|signed|Lima Accord", "Bolivia|signed|Lima Accord"}},
	})
}

func TestDescribedAgreementNeedsAFact(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // described agreements left as entities
	}{
		{"no fact names the description", "The airline has a supply agreement with the manufacturer.", nil},
		{"a fact names the description", "Kenya and Uganda signed a pipeline agreement.", []string{"Kenya-Uganda pipeline agreement"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, docs := relFacts(t, tt.text, "")
			var got []string
			for _, e := range docs[0].Entities {
				if e.Kind == graph.KindAgreement {
					got = append(got, e.Name)
					if e.Props["described"] != "true" {
						t.Errorf("%s: described agreement without the described property", e.Name)
					}
				}
			}
			if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
				t.Errorf("agreements = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRelationsGovernmentOfTheArticle(t *testing.T) {
	colombia := "Colombia's congress met in Bogota on Monday. Colombian officials said Colombia wanted peace. "
	runRelCases(t, []relCase{
		{name: "the_government_is_the_article_state",
			text: colombia + "The government and the National Liberation Army signed a ceasefire agreement in Havana.",
			want: []string{"Colombia|signed|Colombia-National Liberation Army ceasefire agreement", "National Liberation Army|signed|Colombia-National Liberation Army ceasefire agreement"}},
		{name: "a_government_is_any",
			text: colombia + "A government and the National Liberation Army signed a ceasefire agreement in Havana.",
			want: []string{"National Liberation Army|signed|ceasefire agreement"}},
		{name: "government_of_is_not_the_article_state",
			text: colombia + "The government of Chad signed the Paris Agreement.",
			want: []string{}},
		{name: "no_dominant_state_no_government",
			text: "Chile and Peru met in Lima. The government signed the Paris Agreement.",
			want: []string{}},
		{name: "the_governments_negotiator_represents_it",
			text:  colombia + "\"We are ready,\" said Ana Torres, the government's chief negotiator.",
			preds: []string{"represents"},
			want:  []string{"Ana Torres|represents|Colombia"}},
	})
}

func TestRelationsRepresentsAcrossAppositives(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "on_behalf_after_an_appositive",
			text:  "The accord was signed by Ana Torres, an adviser to the president, on behalf of Chile, and by Luis Mora on behalf of Peru.",
			preds: []string{"represents"},
			want:  []string{"Ana Torres|represents|Chile", "Luis Mora|represents|Peru"}},
		{name: "known_person_bare_title_takes_their_state",
			text:  "Israel and Jordan signed the treaty. Israel thanked Jordan. President Bill Clinton, who hosted the ceremony, praised the United States' role.",
			preds: []string{"represents"},
			want:  []string{"Bill Clinton|represents|United States"}},
		{name: "known_person_keeps_their_state_when_the_office_is_taken",
			text:  "President Donald Trump left the Paris Agreement. The United States had joined under President Barack Obama.",
			preds: []string{"represents"},
			want:  []string{"Donald Trump|represents|United States", "Barack Obama|represents|United States"}},
		{name: "known_person_is_not_given_the_article_state",
			text:  "Israel and Jordan signed the treaty. Israel thanked Jordan. Israel celebrated. President Bill Clinton hosted the ceremony.",
			preds: []string{"represents"},
			want:  []string{}},
	})
}

func TestRelationsIndefiniteDescriptionsAreNew(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "indefinite_with_modifiers_is_another_agreement",
			text: "Kenya and Uganda signed the Nairobi Accord in May. Under the deal, they will revive a railway cooperation agreement the two countries signed in 1998.",
			want: []string{"Kenya|signed|Nairobi Accord", "Uganda|signed|Nairobi Accord", "Kenya|signed|railway cooperation agreement", "Uganda|signed|railway cooperation agreement"}},
		{name: "indefinite_sharing_the_focus_words_is_the_focus",
			text: "Kenya and Uganda signed the Nairobi Railway Agreement in May. In June, Tanzania signed a railway agreement too.",
			want: []string{"Kenya|signed|Nairobi Railway Agreement", "Uganda|signed|Nairobi Railway Agreement", "Tanzania|signed|Nairobi Railway Agreement"}},
	})
}

func TestRelationsCoordinationAndAgents(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "coordinated_by_phrases_are_all_agents",
			text: "The Lusaka Protocol was signed by Maria Lopes, an adviser to the president, on behalf of Angola, and by Paulo Neto on behalf of UNITA.",
			want: []string{"Maria Lopes|signed|Lusaka Protocol", "Paulo Neto|signed|Lusaka Protocol"}},
		{name: "signing_without_object_signs_the_focus",
			text: "Jordan and Israel signed the Wadi Araba Treaty on Monday. US Secretary of State Warren Christopher and Russian Foreign Minister Andrei Kozyrev signed as witnesses.",
			want: []string{"Jordan|signed|Wadi Araba Treaty", "Israel|signed|Wadi Araba Treaty", "Warren Christopher|signed|Wadi Araba Treaty", "Andrei Kozyrev|signed|Wadi Araba Treaty"}},
		{name: "signing_an_unnamed_object_signs_nothing",
			text: "Jordan and Israel signed the Wadi Araba Treaty on Monday. Later, King Hussein signed an executive order.",
			want: []string{"Jordan|signed|Wadi Araba Treaty", "Israel|signed|Wadi Araba Treaty"}},
		{name: "possessive_pronoun_meeting_of_a_pair",
			text:  "Angolan President Jose Eduardo dos Santos and UNITA leader Jonas Savimbi had held their first face-to-face meeting in Lusaka in 1995.",
			preds: []string{"met_with"},
			want:  []string{"Jonas Savimbi|met_with|Jose Eduardo dos Santos"}},
	})
}

func TestRelationsAttackPlaces(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "city_of_names_the_struck_place",
			text:      "Russian missiles killed four people in a strike on a school in the eastern Ukrainian city of Kharkiv.",
			published: "2023-06-28",
			preds:     []string{"struck"},
			want:      []string{"Russia|struck|Kharkiv"}},
	})
}

func TestRelationsSubordinateClauses(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "clause_after_after_has_its_own_subject",
			text: "German senators debated the Lisbon Treaty on Friday, a day after the Bundestag ratified it.",
			want: []string{"Bundestag|ratified|Lisbon Treaty"}},
		{name: "with_phrase_still_hops_to_its_head",
			text:      "Russian cruise missiles with cluster munitions struck Odesa overnight.",
			published: "2023-07-20",
			want:      []string{"Russia|struck|Odesa"}},
		{name: "title_with_of_keeps_its_holders_as_subjects",
			text: "US Secretary of State James Baker and Soviet Foreign Minister Eduard Shevardnadze signed the Treaty on Conventional Armed Forces in Europe.",
			want: []string{"James Baker|signed|Treaty on Conventional Armed Forces in Europe", "Eduard Shevardnadze|signed|Treaty on Conventional Armed Forces in Europe"}},
	})
}

func TestRelationsActingFor(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "for_an_actor_closing_the_phrase",
			text:  "The delegations were headed by Maria Lopes, a veteran diplomat, for Angola and by Paulo Neto for Namibia.",
			preds: []string{"represents"},
			want:  []string{"Maria Lopes|represents|Angola", "Paulo Neto|represents|Namibia"}},
		{name: "for_an_actor_inside_a_longer_phrase_is_no_role",
			text:  "Parliament thanked Maria Lopes for Angola's support.",
			preds: []string{"represents"},
			want:  []string{}},
		{name: "heading_the_mediation_is_mediating",
			text: "Angola and Namibia signed the Lusaka Protocol. Alioune Blondin Beye, who headed the mediation team, praised both sides.",
			want: []string{"Angola|signed|Lusaka Protocol", "Namibia|signed|Lusaka Protocol", "Alioune Blondin Beye|mediated|Lusaka Protocol"}},
	})
}

func TestRelationsVotingToRatify(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "voted_to_ratify_is_ratifying",
			text: "The Bundestag voted overwhelmingly on Thursday to ratify the Lisbon Treaty.",
			want: []string{"Bundestag|ratified|Lisbon Treaty"}},
		{name: "expected_to_vote_to_ratify_is_a_plan",
			text: "The Bundestag is expected to vote on Thursday to ratify the Lisbon Treaty.",
			want: []string{}},
		{name: "plans_to_ratify_is_a_plan",
			text: "The Bundestag plans to ratify the Lisbon Treaty.",
			want: []string{}},
	})
}

func TestRelationsArticleStateFromHeadlineAndPeople(t *testing.T) {
	body := "Colombia's president spoke. Cuba hosted the talks in Havana. The government and the National Liberation Army signed a ceasefire agreement."
	tests := []struct {
		name, title string
		want        []string
	}{
		{"the headline's state is the article's", "Colombia and ELN rebels sign ceasefire",
			[]string{"Colombia|signed|Colombia-National Liberation Army ceasefire agreement", "National Liberation Army|signed|Colombia-National Liberation Army ceasefire agreement"}},
		{"without it no state leads", "Rebels sign ceasefire",
			[]string{"National Liberation Army|signed|ceasefire agreement"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := relTitledFacts(t, tt.title, body, "2017-09-04")
			if want := relSorted(tt.want); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
	t.Run("the people the tables tie to a state count for it", func(t *testing.T) {
		text := "Colombia wants peace. President Juan Manuel Santos met rebels in Havana. Santos said Cuba helped. Juan Manuel Santos spoke in Bogota. The government signed a ceasefire agreement."
		got, _ := relFacts(t, text, "2016-06-23", "signed")
		if want := []string{"Colombia|signed|ceasefire agreement"}; strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("got %q, want %q", got, want)
		}
	})
}

// Domestic news: an article about one state's own affairs, with no agreement and no act
// between actors, gives no "represents" edge the text only infers.
func TestRelationsDomesticNewsRepresents(t *testing.T) {
	domestic := "White House press secretary Jane Doe said on Tuesday that the president would sign the budget bill. Vice President Kamala Harris cast the deciding vote in the Senate."
	runRelCases(t, []relCase{
		{name: "inferred_offices_in_domestic_news_are_dropped",
			title: "Senate passes budget bill",
			text:  domestic,
			preds: []string{"represents"},
			want:  []string{}},
		{name: "a_second_state_makes_it_international",
			title: "Senate passes budget bill",
			text:  domestic + " She then flew to Canada.",
			preds: []string{"represents"},
			want:  []string{"Jane Doe|represents|United States", "Kamala Harris|represents|United States"}},
		{name: "an_agreement_makes_it_international",
			title: "Senate passes budget bill",
			text:  domestic + " The bill funds the Paris Agreement pledges.",
			preds: []string{"represents"},
			want:  []string{"Jane Doe|represents|United States", "Kamala Harris|represents|United States"}},
		{name: "a_state_named_in_the_title_is_kept",
			title: "Senate passes budget bill",
			text:  "US Vice President Kamala Harris cast the deciding vote in the Senate.",
			preds: []string{"represents"},
			want:  []string{"Kamala Harris|represents|United States"}},
	})
}
