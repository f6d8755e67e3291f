package loaders_test

import "testing"

// Sentences written for these tests, in other names and wordings than any article we score
// on: the constructions news uses for meetings, mediation, ratification, sanctions and
// strikes that the single-clause rules miss.

func TestRelationsMeetingConstructions(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "talks_between_a_pair_before_the_verb",
			text: "Talks between Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol resumed in Tokyo on Thursday.",
			want: []string{"Fumio Kishida|met_with|Yoon Suk Yeol"}},
		{name: "hosting_a_leader_is_meeting_them",
			text:  "Brazilian President Luiz Inacio Lula da Silva hosted Argentine President Alberto Fernandez in Brasilia on Monday.",
			preds: []string{"met_with"},
			want:  []string{"Alberto Fernandez|met_with|Luiz Inácio Lula da Silva"}},
		{name: "welcoming_a_decision_is_no_meeting",
			text:  "Brazilian President Luiz Inacio Lula da Silva welcomed the court's decision on Monday.",
			preds: []string{"met_with"},
			want:  []string{}},
		{name: "a_meeting_with_after_a_light_verb",
			text:  "Spanish Prime Minister Pedro Sanchez had a brief meeting with Portuguese Prime Minister Antonio Costa in Madrid.",
			preds: []string{"met_with"},
			want:  []string{"Antonio Costa|met_with|Pedro Sánchez"}},
		{name: "talks_between_a_pair_that_could_resume_are_not_held",
			text: "Talks between Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed could resume next month.",
			want: []string{}},
		{name: "talks_between_a_pair_due_to_begin_are_not_held",
			text: "Talks between Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed are due to begin on Monday.",
			want: []string{}},
		{name: "talks_between_states_are_no_meeting_of_people",
			text: "Talks between Kenya and Somalia collapsed on Friday.",
			want: []string{}},
		{name: "reciprocal_greeting_is_a_meeting",
			text: "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev greeted each other in Prague.",
			want: []string{"Ilham Aliyev|met_with|Nikol Pashinyan"}},
		{name: "reciprocal_participle_takes_the_clause_subject",
			text: "Austrian Chancellor Karl Nehammer and Swiss President Alain Berset were filmed in Vienna embracing each other.",
			want: []string{"Alain Berset|met_with|Karl Nehammer"}},
		{name: "negated_reciprocal_is_no_meeting",
			text: "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev did not greet each other.",
			want: []string{}},
		{name: "acting_with_someone_at_their_summit",
			text:  "French President Emmanuel Macron signed the Paris Agreement with Indian Prime Minister Narendra Modi at their meeting in Delhi.",
			preds: []string{"met_with"},
			want:  []string{"Emmanuel Macron|met_with|Narendra Modi"}},
		{name: "before_their_summit_is_not_yet_a_meeting",
			text:  "French President Emmanuel Macron spoke with Indian Prime Minister Narendra Modi before their summit.",
			preds: []string{"met_with"},
			want:  []string{}},
		{name: "apposition_names_the_counterpart_over_other_office_holders",
			text: "Swiss President Viola Amherd spoke on Monday. Austrian Chancellor Karl Nehammer and his Swiss counterpart, Alain Berset, were filmed in Vienna greeting each other.",
			want: []string{"Alain Berset|met_with|Karl Nehammer"}},
	})
}

func TestRelationsGroupMembership(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "among_the_group_who_brokered",
			text: "Richard Holbrooke was among the diplomats who brokered the Dayton Accords.",
			want: []string{"Richard Holbrooke|mediated|Dayton Agreement"}},
		{name: "apposition_one_of_the_group_that_signed",
			text: "Ireland, one of the two governments that signed the Good Friday Agreement, welcomed the vote.",
			want: []string{"Ireland|signed|Good Friday Agreement"}},
		{name: "among_with_adverb_and_state_subject",
			text:  "Norway was also among the countries that ratified the Good Friday Agreement.",
			preds: []string{"ratified"},
			want:  []string{"Norway|ratified|Good Friday Agreement"}},
		{name: "the_panel_that_mediated_included_members",
			text:  "Kenya and Somalia signed the Nairobi Accord in May. The three-member IGAD panel that mediated the talks also included former Ethiopian prime minister Hailemariam Desalegn and former Tanzanian president Jakaya Kikwete.",
			preds: []string{"mediated"},
			want:  []string{"Hailemariam Desalegn|mediated|Nairobi Accord", "Jakaya Kikwete|mediated|Nairobi Accord"}},
		{name: "members_of_a_group_that_only_criticised",
			text: "Kenya and Somalia signed the Nairobi Accord in May. The committee that criticised the accord included Kenyan lawmaker John Mbadi.",
			want: []string{"Kenya|signed|Nairobi Accord", "Somalia|signed|Nairobi Accord"}},
		{name: "participle_between_commas_describes_the_phrase_before",
			text:  "Sudan and South Sudan agreed on oil fees. The Juba Agreement, brokered by Ethiopia and Kenya, was signed in Addis Ababa.",
			preds: []string{"mediated"},
			want:  []string{"Ethiopia|mediated|Juba Agreement", "Kenya|mediated|Juba Agreement"}},
		{name: "among_critics_who_did_not_broker_it",
			text: "Richard Holbrooke was among the diplomats who never brokered the Dayton Accords.",
			want: []string{}},
	})
}

func TestRelationsBareLegislatures(t *testing.T) {
	chile := "Chile and Peru signed the Lima Accord in May. Chilean officials welcomed it in Santiago, and Chile's president praised it. "
	runRelCases(t, []relCase{
		{name: "bare_chamber_is_the_article_state_chamber",
			text:  chile + "The Senate ratified the accord on Tuesday.",
			preds: []string{"ratified"},
			want:  []string{"Chilean Senate|ratified|Lima Accord"}},
		{name: "second_chamber_followed",
			text:  chile + "The Senate ratified the accord on Tuesday and the Chamber of Deputies followed late on Thursday.",
			preds: []string{"ratified"},
			want:  []string{"Chilean Senate|ratified|Lima Accord", "Chilean Chamber of Deputies|ratified|Lima Accord"}},
		{name: "bare_chamber_of_no_clear_state_is_nobody",
			text:  "Chile and Peru signed the Lima Accord in May. The Senate ratified the accord on Tuesday.",
			preds: []string{"ratified"},
			want:  []string{}},
		{name: "bare_chamber_the_article_state_does_not_have_is_nobody",
			text:  "Israel and Bahrain signed the Abraham Accords in 2020. Israeli officials praised them, and Israel's prime minister hailed them. The Senate ratified the accords in December.",
			preds: []string{"ratified"},
			want:  []string{}},
		{name: "known_chamber_keeps_its_gazetteer_name",
			text:  "The United States and Russia signed New START in 2010. American officials praised it, and the US president hailed it. The Senate ratified the treaty in December.",
			preds: []string{"ratified"},
			want:  []string{"US Senate|ratified|New START"}},
	})
}

func TestRelationsFollowedSuit(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "followed_suit_in_the_next_sentence",
			text:  "Sweden ratified the Kyoto Protocol in 2002. Finland followed suit a month later.",
			preds: []string{"ratified"},
			want:  []string{"Sweden|ratified|Kyoto Protocol", "Finland|ratified|Kyoto Protocol"}},
		{name: "followed_with_a_time_phrase",
			text:  "Ecuador withdrew from the Kyoto Protocol in March and Bolivia followed in June.",
			preds: []string{"withdrew_from"},
			want:  []string{"Ecuador|withdrew_from|Kyoto Protocol", "Bolivia|withdrew_from|Kyoto Protocol"}},
		{name: "events_that_followed_do_nothing",
			text:  "Sweden ratified the Kyoto Protocol, and protests followed.",
			preds: []string{"ratified"},
			want:  []string{"Sweden|ratified|Kyoto Protocol"}},
		{name: "followed_with_an_object_is_watching",
			text:  "Sweden ratified the Kyoto Protocol and Finland followed the debate closely.",
			preds: []string{"ratified"},
			want:  []string{"Sweden|ratified|Kyoto Protocol"}},
	})
}

func TestRelationsResistedInvasion(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "repelled_offensive_attacked_the_repeller",
			text:  "The war goes on. Ethiopian troops repelled an Eritrean offensive near the border.",
			preds: []string{"attacked"},
			want:  []string{"Eritrea|attacked|Ethiopia"}},
		{name: "fought_off_possessive_invasion",
			text:  "The war goes on. Georgia, which had been fighting off Russia's invasion for days, asked for help.",
			preds: []string{"attacked"},
			want:  []string{"Russia|attacked|Georgia"}},
		{name: "preparing_to_resist_is_no_attack",
			text:  "The drills go on. Taiwan is preparing to resist a Chinese invasion.",
			preds: []string{"attacked"},
			want:  []string{}},
	})
}

func TestRelationsSanctionTargets(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "sanctions_on_a_state_s_firms",
			text:  "Australia imposed sanctions on Iranian drone manufacturers.",
			preds: []string{"sanctioned"},
			want:  []string{"Australia|sanctioned|Iran"}},
		{name: "noun_sanctions_on_coordinated_state_targets",
			text:  "Exports fell after new British sanctions on Russian banks and Belarusian traders took effect.",
			preds: []string{"sanctioned"},
			want:  []string{"United Kingdom|sanctioned|Russia", "United Kingdom|sanctioned|Belarus"}},
		{name: "asset_freezes_are_sanctions",
			text:  "Canada imposed travel bans and asset freezes on five Belarusian officials.",
			preds: []string{"sanctioned"},
			want:  []string{"Canada|sanctioned|Belarus"}},
		{name: "targets_of_no_state_give_nothing",
			text:  "Japan imposed sanctions on shipping companies.",
			preds: []string{"sanctioned"},
			want:  []string{}},
	})
}

func TestRelationsStrikeTargets(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "organization_described_by_common_nouns",
			text:  "Bakhmut was shelled overnight by the Wagner mercenary group.",
			preds: []string{"struck"},
			want:  []string{"Wagner Group|struck|Bakhmut"}},
		{name: "a_body_s_facility_is_not_the_body",
			text:  "Israel struck the Hezbollah drone base.",
			preds: []string{"struck"},
			want:  []string{}},
		{name: "made_in_a_state_is_not_the_attacker",
			text:  "Russian forces struck Odesa with Iranian-made drones.",
			preds: []string{"struck"},
			want:  []string{"Russia|struck|Odesa"}},
		{name: "a_described_site_named_later",
			text:  "A Russian missile strike hit a steel plant in the south, officials said. Nobody was hurt. The Metinvest factory employs 5,000 people.",
			preds: []string{"struck"},
			want:  []string{"Russia|struck|Metinvest"}},
		{name: "a_site_named_as_unharmed_is_not_the_one_struck",
			text:  "A Russian missile strike hit a steel plant in the south, officials said. The Metinvest factory nearby was not damaged.",
			preds: []string{"struck"},
			want:  []string{}},
	})
}
