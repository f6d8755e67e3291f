package loaders

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/entente-kg/entente/graph"
)

// findMentions runs the splitter and finder on text and describes each candidate as
// "text=Kind/role/canonical".
func findMentions(t *testing.T, k *Knowledge, text string) []string {
	t.Helper()
	sp, err := NewSentenceSplitter(k)
	if err != nil {
		t.Fatal(err)
	}
	sents, err := sp.Split(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range NewMentionFinder(k).Find(sents) {
		s := fmt.Sprintf("%s=%s/%s/%s", c.Text, c.Kind, c.Role, c.Canonical)
		if c.weak {
			s += "/weak"
		}
		out = append(out, s)
	}
	return out
}

func TestMentionFinderFinds(t *testing.T) {
	k := testKnowledge(t)
	tests := []struct {
		name string
		text string
		want []string // each must be among the mentions
		not  []string // no mention may have this text
	}{
		{"state names, codes and demonyms", "The UK and the United States of America joined three Ukrainian units.",
			[]string{"UK=State/name/United Kingdom", "United States of America=State/name/United States", "Ukrainian=State/demonym/Ukraine"}, nil},
		{"plural demonym", "The Ukrainians agreed.", []string{"Ukrainians=State/demonym/Ukraine"}, nil},
		{"a word that starts no name inside a body's name", "The Moro Islamic Liberation Front signed.",
			[]string{"Moro Islamic Liberation Front=Organization/name/Moro Islamic Liberation Front"}, []string{"Liberation Front"}},
		{"a word that starts no name with no head after it", "Moro Islamic leaders signed.", nil, []string{"Moro Islamic"}},
		{"a generational suffix ends a name", "Secretary of State Alexander M. Haig Jr. abandoned his shuttle diplomacy.",
			[]string{"Alexander M. Haig Jr.=Person/name/Alexander M. Haig Jr."}, nil},
		{"a compass word inside what a name is about", "Croatia signed the Basic Agreement on the Region of Eastern Slavonia, Baranja and Western Sirmium on Sunday.",
			[]string{"Basic Agreement on the Region of Eastern Slavonia, Baranja and Western Sirmium=Agreement/name/Basic Agreement on the Region of Eastern Slavonia, Baranja and Western Sirmium"}, nil},
		{"a quoted formal title of an accord", `The accord, formally titled "Procedure for the Establishment of a Firm and Lasting Peace in Central America," was signed today.`,
			[]string{"Procedure for the Establishment of a Firm and Lasting Peace in Central America=Agreement/name/Procedure for the Establishment of a Firm and Lasting Peace in Central America"}, nil},
		{"a formal title with a law's head", "The accord, formally the Presidential Act of Brasilia, was signed today.",
			[]string{"Presidential Act of Brasilia=Agreement/name/Presidential Act of Brasilia"}, nil},
		{"a known agreement after a naming word keeps its table name", "The pact, known as the Open Skies Treaty, was signed in 1992.",
			[]string{"Open Skies Treaty=Agreement/name/Treaty on Open Skies"}, nil},
		{"a numbered resolution is an agreement", "Britain says Argentina has flouted U.N. Security Council Resolution 502.",
			[]string{"Resolution 502=Agreement/name/Resolution 502", "U.N. Security Council=Organization/name/UN Security Council"}, nil},
		{"a title after a vessel noun opens a ship's name", "A British submarine torpedoed the Argentine cruiser General Belgrano on Sunday.",
			[]string{"General Belgrano=Place/name/General Belgrano"}, nil},
		{"the seat of a junta after in is its state", "The junta in Buenos Aires has flouted the resolution.",
			[]string{"Buenos Aires=State/metonym/Argentina"}, nil},
		{"a month that is a given name before a surname", "Announcing the deal in Oslo, Norwegian Foreign Minister Jan Petersen said so.",
			[]string{"Jan Petersen=Person/name/Jan Petersen"}, nil},
		{"a month before a number is no given name", "On Jan 5 Petersen said so.", nil, []string{"Jan 5", "Jan"}},
		{"a capital in apposition to a noun of place is the city", "The coalition answered with airstrikes on Yemen's capital, Sanaa.",
			[]string{"Sanaa=Place/name/Sanaa"}, nil},
		{"a lone unknown name after hit is a place", "Missiles launched by Albania hit Velberossk, killing 10 people.",
			[]string{"Velberossk=Place/name/Velberossk"}, nil},
		{"a mission's name holds the place it is sent to", "The Regional Assistance Mission to Solomon Islands is led by Nick Warner.",
			[]string{"Regional Assistance Mission to Solomon Islands=Organization/name/Regional Assistance Mission to Solomon Islands"}, nil},
		{"a body's aid to a place is no name with it", "Aid from the Marvar Relief Commission to Haiti rose.",
			[]string{"Haiti=State/name/Haiti"}, []string{"Marvar Relief Commission to Haiti"}},
		{"a peer is known by title and one name", "British Foreign Secretary Lord Home signed. So did U Thant, the Secretary General.",
			[]string{"Home=Person/name/Lord Home", "Thant=Person/name/U Thant"}, nil},
		{"a capitalised noun after the stays weak in apposition", "They acted without the President of the Republic, the chairman of the National Assembly or the Premier.",
			[]string{"Republic=Person/name/Republic/weak"}, nil},
		{"a compass word before and another is its own state", "North and South Korea signed it. East and West Germany did too.",
			[]string{"North=State/name/North Korea", "South Korea=State/name/South Korea", "East=State/name/East Germany"}, nil},
		{"a compass word before and a place is no state", "North and South Sudan agreed.",
			[]string{"South Sudan=State/name/South Sudan"}, []string{"North=State"}},
		{"a formal title goes on after lower-case words of a title", "The document, formally the State Treaty for the Re-establishment of an Independent and Democratic Austria, was signed in Vienna.",
			[]string{"State Treaty for the Re-establishment of an Independent and Democratic Austria=Agreement/name/State Treaty for the Re-establishment of an Independent and Democratic Austria"}, nil},
		{"a formal title of no agreement is none", "The firm, formally the Bank for the Development of an Independent Austria, was sold.",
			nil, []string{"Bank for the Development of an Independent Austria=Agreement"}},
		{"the two vietnams are states of their own", "North Vietnam and South Vietnam signed; the North Vietnamese delegation left.",
			[]string{"North Vietnam=State/name/North Vietnam", "South Vietnam=State/name/South Vietnam", "North Vietnamese=State/demonym/North Vietnam"}, nil},
		{"a capitalised pronoun next to a name inside a sentence is a name", "Trump met Vice Premier He Lifeng and Liu He, then China's vice premier. When Xi arrived, He said so.",
			[]string{"He Lifeng=Person/name/He Lifeng", "Liu He=Person/name/Liu He"}, []string{"He=Person"}},
		{"a ministry's field before a title is no body", "Commerce Secretary Howard Lutnick sat down.",
			[]string{"Howard Lutnick=Person/name/Howard Lutnick"}, []string{"Commerce"}},
		{"a second capitalised gerund in what a name is about", "The Agreement on Ending the War and Restoring Peace in Viet-Nam was signed in Paris.",
			[]string{"Agreement on Ending the War and Restoring Peace in Viet-Nam=Agreement/name/Agreement on Ending the War and Restoring Peace in Viet-Nam"}, nil},
		{"nationalist china is taiwan", "Nationalist China and Communist China both claimed the seat.",
			[]string{"Nationalist China=State/name/Taiwan", "China=State/name/China"}, nil},
		{"a name after a fronted place is the subject", "In Tunis, Benyoucef Ben Khedda, Premier of the provisional government, announced it.",
			[]string{"Benyoucef Ben Khedda=Person/name/Benyoucef Ben Khedda"}, nil},
		{"a fronted list of places goes on", "In Hodeidah, Saada and Taiz, strikes hit.",
			[]string{"Saada=Place/name/Saada", "Taiz=Place/name/Taiz"}, nil},
		{"a plural deal noun after an unknown name", "France signed. Under the Evian agreements, France keeps a base.",
			[]string{"Evian agreements=Agreement/name/Evian agreements"}, nil},
		{"a party's first secretary is an office", "The fate of Mr. Dubcek, the party's First Secretary, was not known.",
			[]string{"Dubcek=Person/name/Dubcek"}, []string{"First Secretary"}},
		{"a bishop's title is no part of his name", "Bishop Abel Muzorewa, the prime minister of Zimbabwe Rhodesia, signed.",
			[]string{"Abel Muzorewa=Person/name/Abel Muzorewa", "Zimbabwe Rhodesia=State/name/Rhodesia"}, nil},
		{"a name after a flagship is a ship", "Agents sank the Greenpeace flagship Rainbow Warrior in Auckland harbour.",
			[]string{"Rainbow Warrior=Place/name/Rainbow Warrior"}, nil},
		{"a quoted title after no deal noun is no agreement", `The novel, titled "Procedure for the Establishment of Peace," sold well.`,
			nil, []string{"Procedure for the Establishment of Peace"}},
		{"a demonym after ethnic is a people", "Ethnic Albanian parties and ethnic Russians voted.", nil, []string{"Albanian=State", "Russians=State"}},
		{"codes are case-sensitive", "Let us go, said the man.", nil, []string{"us"}},
		{"seat of government", "The Kremlin conceded on Monday.", []string{"Kremlin=State/metonym/Russia"}, nil},
		{"capital acting", "Moscow has shown no signs of pursuing talks.", []string{"Moscow=State/metonym/Russia"}, nil},
		{"capital as a location", "They met in Washington on Monday.", []string{"Washington=Place/name/Washington"}, nil},
		{"capital attacked is the state", "Russia cited it among its reasons for attacking Kyiv in 2022.", []string{"Kyiv=State/metonym/Ukraine"}, nil},
		{"dateline", "DOHA, Feb 29 - The talks ended.", []string{"DOHA=Place/name/Doha"}, nil},
		{"a dateline's city the gazetteer does not know", "SIMLA, India, July 3 — The talks ended.", []string{"SIMLA=Place/name/Simla"}, nil},
		{"two cities of a dateline are no one place", "MOSCOW/KYIV, Sept 30 - The talks ended.", nil, []string{"MOSCOW/KYIV=Place"}},
		{"no city without a date after it", "Gulu, Lira and Soroti voted.", nil, []string{"Gulu=Place"}},
		{"a body's short name in brackets may be a word", "Dhlakama has led the Marvar National Resistance (Marena) since 1979.",
			[]string{"Marvar National Resistance=Organization/name/Marvar National Resistance", "Marena=Organization/name/Marvar National Resistance"}, nil},
		{"an unknown name before a deal noun names the deal", "Rebels signed at Chapultepec Castle. The Chapultepec accords cap months of talks.",
			[]string{"Chapultepec Castle=Place/name/Chapultepec Castle", "Chapultepec accords=Agreement/name/Chapultepec accords"}, nil},
		{"a name right after an office is a person's", "US President Bill Clinton's envoy Anthony Lake arrived near Lake Tana.",
			[]string{"Anthony Lake=Person/name/Anthony Lake"}, []string{"Anthony Lake=Place"}},
		{"an article's paragraph", "France invoked Article 42.7 of the Lisbon Treaty.",
			[]string{"Article 42.7=Agreement/name/Article 42.7"}, nil},
		{"a coordination of movements is a body", "The Coordination of Azawad Movements (CMA) signed on June 20.",
			[]string{"Coordination of Azawad Movements=Organization/name/Coordination of Azawad Movements"}, nil},
		{"a minister's field is no body", "The team, led by Home Affairs Minister Amir Machmud, visited Dili, and Brexit Secretary David Davis came.",
			[]string{"Amir Machmud=Person/name/Amir Machmud", "David Davis=Person/name/David Davis"}, []string{"Home Affairs", "Brexit"}},
		{"a body described before its noun", "Angola's government and the MARLA rebel movement signed.",
			[]string{"MARLA=Organization/name/MARLA"}, nil},
		{"a state's mission is a place", "Protesters stoned the U.S. Embassy in Beijing.",
			[]string{"U.S. Embassy=Place/name/U.S. Embassy", "U.S.=State/name/United States"}, nil},
		{"people of a body", "Andrea Riccardi and Matteo Zuppi of the Community of Sant'Egidio said so.",
			[]string{"Andrea Riccardi=Person/name/Andrea Riccardi", "Matteo Zuppi=Person/name/Matteo Zuppi", "Community of Sant'Egidio=Organization/name/Community of Sant'Egidio"}, nil},
		{"a state after and in what a body is about is a second party", "The Trade Community of Marvar and Cuba signed.",
			[]string{"Cuba=State/name/Cuba"}, []string{"Trade Community of Marvar and Cuba"}},
		{"organization alias", "Nato countries and the U.N. agreed.", []string{"Nato=Organization/name/NATO", "U.N.=Organization/name/United Nations"}, nil},
		{"organization by head word", "Shares in Dominion Voting Systems fell, the Department of Justice said.",
			[]string{"Dominion Voting Systems=Organization/name/Dominion Voting Systems", "Department of Justice=Organization/name/Department of Justice"}, nil},
		{"organization with place", "The American Chamber of Commerce in Ukraine said so.",
			[]string{"American Chamber of Commerce in Ukraine=Organization/name/American Chamber of Commerce in Ukraine"}, nil},
		{"media by head word", "He told Sky News and Tolo News on Tuesday.", []string{"Sky News=Organization/name/Sky News", "Tolo News=Organization/name/Tolo News"}, nil},
		{"possessive body", "A statement by Iran's foreign ministry followed.", []string{"foreign ministry=Organization/name/Iran's foreign ministry"}, nil},
		{"party named before a lower-case party noun", "Members of the ruling Fidesz party and of the Vente Venezuela party voted.",
			[]string{"Fidesz=Organization/name/Fidesz", "Vente Venezuela=Organization/name/Vente Venezuela"}, nil},
		{"a list of places closed by and goes on after no comma", "The leaders of South Ossetia and Abkhazia, Eduard Kokoity and Sergei Bagapsh, signed.",
			[]string{"Eduard Kokoity=Person/name/Eduard Kokoity", "Sergei Bagapsh=Person/name/Sergei Bagapsh"}, nil},
		{"titled person whose surname is a body's name", "Congolese Foreign Minister Therese Kayikwamba Wagner spoke. Later Kayikwamba Wagner said so.",
			[]string{"Therese Kayikwamba Wagner=Person/name/Therese Kayikwamba Wagner", "Kayikwamba Wagner=Person/name/Kayikwamba Wagner"}, []string{"Wagner"}},
		{"office word opening an agreement's or a body's name", "They signed the General Framework Agreement for Peace and sent it to the General Border Committee.",
			[]string{"General Framework Agreement for Peace=Agreement/name/General Framework Agreement for Peace", "General Border Committee=Organization/name/General Border Committee"}, nil},
		{"deal noun before another deal noun is its modifier", "Qatar brokered the Gaza ceasefire agreement.",
			[]string{"Gaza ceasefire agreement=Agreement/name/Gaza ceasefire agreement"}, []string{"Gaza ceasefire"}},
		{"a body named again without its head word", "The Democratic Unionist Party rejected it. Democratic Unionist leaders and the Democratic Unionists walked out.",
			[]string{"Democratic Unionist=Organization/name/Democratic Unionist Party", "Democratic Unionists=Organization/name/Democratic Unionist Party"}, []string{"Democratic"}},
		{"platform heads a body's name", "The Unitary Platform said the vote was rigged.", []string{"Unitary Platform=Organization/name/Unitary Platform"}, nil},
		{"a monarch keeps the title before one given name", "King Fahd received Dick Cheney, and Pope Francis wrote to him.",
			[]string{"Fahd=Person/name/King Fahd", "Francis=Person/name/Pope Francis"}, []string{"Fahd al-Ahmad al-Sabah"}},
		{"a state's parliament is the one the tables give it", "Ukraine's parliament and the Hungarian parliament voted; Russia's parliament did not.",
			[]string{"parliament=Organization/name/Verkhovna Rada", "Hungarian parliament=Organization/name/National Assembly of Hungary", "parliament=Organization/name/Russia's parliament"}, nil},
		{"possessive presidential office", "Ukraine's presidential office said two died.", []string{"presidential office=Organization/name/Ukraine's presidential office"}, nil},
		{"capitalised possessive body", "Russia's Defence Ministry said the strikes hit.", []string{"Defence Ministry=Organization/name/Russia's Defence Ministry"}, nil},
		{"demonym on a generic body is no name", "The entire UK Army would only make up 10%.", nil, []string{"UK Army"}},
		{"agreement by gazetteer", "Ukraine signed the Budapest Memorandum and joined the NPT.",
			[]string{"Budapest Memorandum=Agreement/name/Budapest Memorandum", "NPT=Agreement/name/Nuclear Non-Proliferation Treaty"}, nil},
		{"agreement by shape", "Both sides signed the Lusaka Ceasefire Agreement and the Treaty of Ghent.",
			[]string{"Lusaka Ceasefire Agreement=Agreement/name/Lusaka Ceasefire Agreement", "Treaty of Ghent=Agreement/name/Treaty of Ghent"}, nil},
		{"numbered article", "Article 5 states that an attack on one is an attack on all, unlike Article-5 like deals.",
			[]string{"Article 5=Agreement/name/Article 5", "Article-5=Agreement/name/Article 5"}, nil},
		{"lone head word is no agreement", "The Treaty was signed.", nil, []string{"Treaty"}},
		{"place by gazetteer", "Ships crossed the Black Sea near Crimea.", []string{"Black Sea=Place/name/Black Sea", "Crimea=Place/name/Crimea"}, nil},
		{"place by head word", "She was a clerk in Mesa County.", []string{"Mesa County=Place/name/Mesa County"}, nil},
		{"facility", "Drones hit the Ryazan refinery and the Capella hotel.", []string{"Ryazan refinery=Place/name/Ryazan refinery", "Capella hotel=Place/name/Capella hotel"}, nil},
		{"person with honorific", "Sir Keir Starmer said so.", []string{"Keir Starmer=Person/name/Keir Starmer"}, []string{"Sir Keir Starmer"}},
		{"person with office", "Secretary of State Marco Rubio will lead.", []string{"Marco Rubio=Person/name/Marco Rubio"}, nil},
		{"person after a lower-case title", "NATO general-secretary Mark Rutte said.", []string{"Mark Rutte=Person/name/Mark Rutte"}, nil},
		{"person with particles", "Musaad bin Mohammed al-Aiban and Humberto de la Calle spoke.",
			[]string{"Musaad bin Mohammed al-Aiban=Person/name/Musaad bin Mohammed al-Aiban", "Humberto de la Calle=Person/name/Humberto de la Calle"}, nil},
		{"two people joined by and", "Yitzhak Rabin and Yasser Arafat shook hands.",
			[]string{"Yitzhak Rabin=Person/name/Yitzhak Rabin", "Yasser Arafat=Person/name/Yasser Arafat"}, nil},
		{"a month that is a surname", "Theresa May resigned on 7 June.", []string{"Theresa May=Person/name/Theresa May"}, nil},
		{"a city that is a first name", "Sofia Sapega was detained.", []string{"Sofia Sapega=Person/name/Sofia Sapega"}, []string{"Sofia"}},
		{"lone surname is weak", "Bell says it is dangerous.", []string{"Bell=Person/name/Bell/weak"}, nil},
		{"role description", "The US president met his Ukrainian counterpart.",
			[]string{"The US president=Person/title/", "his Ukrainian counterpart=Person/title/", "US=State/name/United States", "Ukrainian=State/demonym/Ukraine"}, nil},
		{"sentence-initial common word is no name", "Stationing soldiers along the border is costly.", nil, []string{"Stationing"}},
		{"word used in lower case elsewhere is no name", "The Mail-In Ballot rules changed. Voters hate mail-in voting.", nil, []string{"Mail-In Ballot"}},
		{"shouted words are read as the article writes them", "'FREE TINA PETERS,' he wrote. Tina Peters is a free woman.",
			[]string{"TINA PETERS=Person/name/Tina Peters"}, []string{"FREE TINA PETERS", "FREE"}},
		{"platform after on", "Writing on X the following day, he said.", []string{"X=Organization/name/X"}, nil},
		{"letter X elsewhere is nothing", "Factor X matters.", nil, []string{"X"}},
		{"company before company noun", "The Flex factory is one of the biggest.", []string{"Flex=Organization/name/Flex"}, nil},
		{"employer before a title and a name", "The board includes Quora chief executive Adam D'Angelo.",
			[]string{"Quora=Organization/name/Quora", "Adam D'Angelo=Person/name/Adam D'Angelo"}, nil},
		{"descriptor titles name no employer", "Opposition leader Robert Kocharyan objected.", []string{"Robert Kocharyan=Person/name/Robert Kocharyan"}, []string{"Opposition=Organization"}},
		{"company after a company noun", "She worked at the startup Leap Motion.", []string{"Leap Motion=Organization/name/Leap Motion"}, nil},
		{"place after city of", "Fighting spread to the city of El Geneina.", []string{"El Geneina=Place/name/El Geneina"}, nil},
		{"named events are no entities", "The Gulf War and the Russian Revolution ended.", []string{"Russian=State/demonym/Russia"}, []string{"Gulf War", "Gulf", "Russian Revolution"}},
		{"an office word ending a name is a surname", "British Defence Secretary Tom King said so.", []string{"Tom King=Person/name/Tom King"}, nil},
		{"foreign article opens no person", "The newspaper La Prensa reported it.", nil, []string{"La Prensa"}},
		{"headless name with of is a body", "Talks with the Liberation Tigers of Tamil Eelam failed.",
			[]string{"Liberation Tigers of Tamil Eelam=Organization/name/Liberation Tigers of Tamil Eelam"}, nil},
		{"a facility named after a titled person", "A car bomb hit the General Santander police academy in Bogota.",
			[]string{"General Santander police academy=Place/name/General Santander police academy"}, []string{"Santander"}},
		{"a month abbreviation ends a name", "They signed the Gaza Agreement on Oct. 9.",
			[]string{"Gaza Agreement=Agreement/name/Gaza Agreement"}, nil},
		{"a place prefix makes a headless name a place", "Leaders met in San Diego and Fort Worth on Monday.",
			[]string{"San Diego=Place/name/San Diego", "Fort Worth=Place/name/Fort Worth"}, nil},
		{"declaration named after its place", "Leaders signed the Sharm el-Sheikh declaration on Monday.",
			[]string{"Sharm el-Sheikh declaration=Agreement/name/Sharm el-Sheikh declaration"}, nil},
		{"named deal", "Critics said the Doha deal and a China-brokered deal were weak.",
			[]string{"Doha deal=Agreement/name/Doha deal", "China-brokered deal=Agreement/name/China-brokered deal"}, nil},
		{"acronym learned from its long form", "The Tigray People's Liberation Front (TPLF) signed. The TPLF later agreed.",
			[]string{"TPLF=Organization/name/Tigray People's Liberation Front"}, nil},
		{"unknown name after the is no person", "The leaders signed in the East Room of the White House.",
			nil, []string{"East Room"}},
		{"capital after a place noun is the city", "Jets hit a base near the airport in the capital Sanaa.",
			[]string{"Sanaa=Place/name/Sanaa"}, nil},
		{"ship after a vessel noun", "They seized the car carrier Galaxy Leader.",
			[]string{"Galaxy Leader=Place/name/Galaxy Leader"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findMentions(t, k, tt.text)
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			for _, n := range tt.not {
				for _, g := range got {
					if strings.HasPrefix(g, n+"=") || strings.Contains(n, "=") && strings.HasPrefix(g, n) {
						t.Errorf("unwanted mention %q", g)
					}
				}
			}
		})
	}
}

func TestMentionFinderRecordsTitles(t *testing.T) {
	k := testKnowledge(t)
	sp, _ := NewSentenceSplitter(k)
	tests := []struct {
		text, name, title, of string
	}{
		{"US special envoy Steve Witkoff claimed it.", "Steve Witkoff", "special envoy", "United States"},
		{"Andy Hunder, president of the American Chamber of Commerce in Ukraine, said so.", "Andy Hunder", "president", "American Chamber of Commerce in Ukraine"},
		{"Joseph Holstead, a spokesman for the US Joint Chiefs of Staff, said.", "Joseph Holstead", "spokesman", "US Joint Chiefs of Staff"},
		{"Russian Foreign Minister Andrei Kozyrev signed.", "Andrei Kozyrev", "foreign minister", "Russia"},
		{"The board fired chief executive Sam Altman, who said nothing.", "Sam Altman", "chief executive", ""},
		{"President Vladimir Putin of Russia arrived.", "Vladimir Putin", "president", "Russia"},
		{"Volodymyr Zelensky, Ukraine's president, said so.", "Volodymyr Zelenskyy", "president", "Ukraine"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents, _ := sp.Split(context.Background(), tt.text)
			for _, c := range NewMentionFinder(k).Find(sents) {
				if c.Kind == graph.KindPerson && c.Canonical == tt.name {
					if c.Title != tt.title || c.Of != tt.of {
						t.Errorf("title %q of %q, want %q of %q", c.Title, c.Of, tt.title, tt.of)
					}
					return
				}
			}
			t.Errorf("no person %q", tt.name)
		})
	}
}

// "The Islamist group Hamas": the name after the body's noun is the body; the word before it
// only describes it and names no organization.
func TestMentionFinderWordBeforeABodyNounAndItsName(t *testing.T) {
	k := testKnowledge(t)
	for _, text := range []string{"The Islamist group Hamas fired rockets.", "The Islamist movement Hamas fired rockets."} {
		got := findMentions(t, k, text)
		if !slices.Contains(got, "Hamas=Organization/name/Hamas") {
			t.Errorf("%q: no Hamas in %v", text, got)
		}
		for _, m := range got {
			if strings.HasPrefix(m, "Islamist=Organization") {
				t.Errorf("%q: %s", text, m)
			}
		}
	}
}

// A sentence may end on a possessive after a government noun; the look-ahead stops there.
func TestMentionFinderSentenceEndingOnAPossessive(t *testing.T) {
	k := testKnowledge(t)
	for _, text := range []string{"It was the government's", "It was Maduro's", "the administration's"} {
		findMentions(t, k, text) // must not panic
	}
}
