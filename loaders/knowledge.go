package loaders

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/entente-kg/entente/graph"
)

// Knowledge is the world and language knowledge the entity stages read: gazetteers of states,
// organizations, places, agreements and people, titles, and the head words of name shapes.
// It is built once from data tables and never changed afterwards, so it is safe to share.
type Knowledge struct {
	gaz *Gazetteer
	// states by canonical name, for demonyms, ISO codes and capitals.
	states map[string]*StateInfo
	// heads maps a head word (as written) to its class: org, orgmedia, agreement, place, or
	// other (events, laws, prizes: named, but no entity).
	heads map[string]string
	// particles joins parts of a person's name ("bin", "de").
	particles map[string]bool
	// placePrefixes are first words that make a headless name a place ("San Diego", "Fort
	// Worth"), where it would otherwise read as a person's.
	placePrefixes map[string]bool
	// notName holds capitalised words that never start or join a name ("Monday", "The").
	notName map[string]bool
	// abbrevs holds folded titles ending in "." ("mr.", "gen."): never the end of a sentence.
	abbrevs map[string]bool
	// codes maps ISO 3166 alpha-3 and other codes (CAMEO) to a state's canonical name.
	codes map[string]string
	// cues holds the cue words of entity_cues*.tsv by class, then word.
	cues map[string]map[string]bool
	// parliaments maps a state's ISO code to its parliament as a whole (organizations of type
	// parliament), which "Ukraine's parliament" and "the Hungarian parliament" name.
	parliaments map[string]string
	// govBodies are the gov_body cues as words, longest first.
	govBodies [][]string
	// legislatures are the legislature cues as words, longest first.
	legislatures [][]string
	// surnames maps the nameKey of a people-table surname to the canonical names that end
	// in it, so "Mr Trump" alone finds the one known person of that surname.
	surnames map[string][]knownPerson
	// symbols are tokens the part-of-speech tagger tags SYM outright (emoticons).
	symbols map[string]bool
	// tok splits text and aliases alike; it keeps the symbols whole.
	tok *Tokenizer
}

// knownPerson is one row of a people table.
type knownPerson struct {
	Name string
	ISO  string // the state the person belongs to
	// Since is the first year the table speaks for the person, 0 for any: a surname alone
	// in an older article is someone else ("President Johnson" in 1968).
	Since int
}

// isNameSuffix reports a generational suffix: "Jr.", "Sr", "II", "III".
func isNameSuffix(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Jr", "Sr", "II", "III", "IV", "V":
		return true
	}
	return false
}

// personBySurname returns the one people-table person whose name ends in w and whom the
// table speaks for in year (0: any year); false when none or several do ("Bush", "Clinton").
func (k *Knowledge) personBySurname(w string, year int) (knownPerson, bool) {
	people := k.surnames[nameKey(w)]
	if len(people) != 1 || year > 0 && year < people[0].Since {
		return knownPerson{}, false
	}
	return people[0], true
}

// cueClasses are the classes an entity_cues table may use.
var cueClasses = []string{"locative", "role_determiner", "gov_body", "org_noun", "apposition_prep", "apposition_det", "facility_noun", "facility_modifier", "area_noun", "place_of_noun", "deal_noun", "deal_modifier", "broker_word", "hyphen_suffix", "direction_word", "surname_month", "collective", "platform_prep", "abbreviation", "foreign_article", "given_name_place", "legislature", "regnal", "vessel_noun", "place_verb", "assault_noun", "city_office", "led_body", "lead_word", "party_noun", "leader_gov", "site_noun", "site_preposition", "ethnic", "talks_noun", "mission_noun", "portfolio", "compass_adjective", "title_word", "numbered_deal", "given_name_month", "sent_body", "title_function_word", "personal_pronoun"}

// cue reports whether w is a cue word of class class.
func (k *Knowledge) cue(class, w string) bool { return k.cues[class][w] }

// StateInfo describes one state from countries*.tsv.
type StateInfo struct {
	Name     string
	ISO3     string
	ISO2     string
	Demonym  string // the first demonym, used to name "Russia's Defence Ministry" alike
	Capitals []string
}

// Table file patterns inside a knowledge fs.FS. Several files may match one pattern, so users
// add rows to any kind of table by dropping in e.g. organizations_local.tsv.
const (
	tableCountries     = "countries*.tsv"
	tableOrganizations = "organizations*.tsv"
	tablePlaces        = "places*.tsv"
	tableAgreements    = "agreements*.tsv"
	tablePeople        = "people*.tsv"
	tableTitles        = "titles*.tsv"
	tableShapes        = "shape_heads*.tsv"
	tableCues          = "entity_cues*.tsv"
	tableSymbols       = "pos_symbols*.tsv"
)

// LoadKnowledge reads every knowledge table found in the given file systems, in order; later
// file systems add to earlier ones. The first must hold at least a countries table.
func LoadKnowledge(fss ...fs.FS) (*Knowledge, error) {
	k := &Knowledge{
		gaz:           newGazetteer(),
		states:        map[string]*StateInfo{},
		heads:         map[string]string{},
		particles:     map[string]bool{},
		placePrefixes: map[string]bool{},
		notName:       map[string]bool{},
		abbrevs:       map[string]bool{},
		codes:         map[string]string{},
		surnames:      map[string][]knownPerson{},
		cues:          map[string]map[string]bool{},
		symbols:       map[string]bool{},
		parliaments:   map[string]string{},
	}
	for _, c := range cueClasses {
		k.cues[c] = map[string]bool{}
	}
	// Symbols come first, from every file system: the tokenizer keeps them whole, and it
	// splits the aliases of the other tables as it splits text.
	for _, fsys := range fss {
		if err := readTables(fsys, tableSymbols, 1, k.loadSymbol); err != nil {
			return nil, err
		}
	}
	k.tok = NewTokenizer(k.symbols)
	loaders := []struct {
		pattern   string
		minFields int
		load      func(Row) error
	}{
		{tableShapes, 2, k.loadShape},
		{tableCues, 2, k.loadCue},
		{tableTitles, 2, k.loadTitle},
		{tableCountries, 3, k.loadCountry},
		{tableOrganizations, 2, k.loadOrg},
		{tablePlaces, 2, k.loadPlace},
		{tableAgreements, 1, k.loadAgreement},
		{tablePeople, 1, k.loadPerson},
	}
	for _, fsys := range fss {
		for _, l := range loaders {
			if err := readTables(fsys, l.pattern, l.minFields, l.load); err != nil {
				return nil, err
			}
		}
	}
	sort.SliceStable(k.govBodies, func(i, j int) bool { return len(k.govBodies[i]) > len(k.govBodies[j]) })
	sort.SliceStable(k.legislatures, func(i, j int) bool { return len(k.legislatures[i]) > len(k.legislatures[j]) })
	if len(k.states) == 0 {
		return nil, fmt.Errorf("knowledge: no %s table with rows found", tableCountries)
	}
	return k, nil
}

// readTables passes every row of the tables in fsys whose names match pattern to load, table
// by table in name order.
func readTables(fsys fs.FS, pattern string, minFields int, load func(Row) error) error {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return fmt.Errorf("knowledge: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := eachRow(fsys, name, minFields, load); err != nil {
			return err
		}
	}
	return nil
}

// State returns what the tables say about the state with canonical name name.
func (k *Knowledge) State(name string) (StateInfo, bool) {
	s, ok := k.states[name]
	if !ok {
		return StateInfo{}, false
	}
	return *s, true
}

// StateByCode returns the canonical name of the state with ISO 3166 alpha-3 (or other listed)
// code code.
func (k *Knowledge) StateByCode(code string) (string, bool) {
	n, ok := k.codes[code]
	return n, ok
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// aliasTokens tokenizes an alias the way text is tokenized, so they compare token by token.
func aliasTokens(tk *Tokenizer, alias string) []string {
	var toks []Token
	for _, t := range tk.Tokenize(alias) {
		if !joinInitial(toks, t.Text, t.Start) {
			toks = appendSplitQuotes(toks, t.Text, t.Start)
		}
	}
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func (k *Knowledge) addAlias(alias string, proto gazEntry) {
	e := proto
	e.Toks = aliasTokens(k.tok, alias)
	k.gaz.add(&e)
	// "the Kremlin", "the Taliban": the article is optional in text, so both forms are entries.
	if len(e.Toks) > 1 && e.Toks[0] == "the" {
		e2 := proto
		e2.Toks = e.Toks[1:]
		k.gaz.add(&e2)
	}
}

func (k *Knowledge) loadShape(r Row) error {
	w, class := r.Field(0), r.Field(1)
	switch class {
	case "org", "orgmedia", "agreement", "place", "other":
		k.heads[w] = class
	case "particle":
		k.particles[w] = true
	case "place_prefix":
		k.placePrefixes[w] = true
	case "notname":
		k.notName[w] = true
		// "Oct.", "Sept.": abbreviations keep their stop; but "A." and "I." are initials
		// ("Andrei A. Gromyko").
		if len(w) > 1 {
			k.notName[w+"."] = true
		}
	default:
		return r.Errorf("field 2: unknown class %q (want org, orgmedia, agreement, place, place_prefix, other, particle or notname)", class)
	}
	return nil
}

func (k *Knowledge) loadCue(r Row) error {
	w, class := r.Field(0), r.Field(1)
	set, ok := k.cues[class]
	if !ok {
		return r.Errorf("field 2: unknown cue class %q (want one of %s)", class, strings.Join(cueClasses, ", "))
	}
	set[w] = true
	switch class {
	case "gov_body":
		k.govBodies = append(k.govBodies, strings.Fields(w))
	case "legislature":
		k.legislatures = append(k.legislatures, strings.Fields(w))
	case "abbreviation":
		k.abbrevs[strings.ToLower(w)] = true
	}
	return nil
}

func (k *Knowledge) loadSymbol(r Row) error {
	k.symbols[r.Field(0)] = true
	return nil
}

func (k *Knowledge) loadTitle(r Row) error {
	t, class := r.Field(0), r.Field(1)
	switch class {
	case "honorific", "office", "descriptor":
	default:
		return r.Errorf("field 2: unknown title class %q (want honorific, office or descriptor)", class)
	}
	// "Gen.", and the "Lt." of "Lt. Gen.": a stop inside a title ends no sentence.
	for _, w := range strings.Fields(t) {
		if strings.HasSuffix(w, ".") {
			k.abbrevs[strings.ToLower(w)] = true
		}
	}
	alias := t
	if !isAcronym(t) && class != "honorific" {
		alias = strings.ToLower(t) // offices match in any case: "President", "the US president"
	}
	k.addAlias(alias, gazEntry{Class: classTitle, Canonical: t, TitleClass: class, Leader: r.Field(2) == "yes"})
	// "Presidents Blaise Compaore of Burkina Faso, Charles Taylor of Liberia and …": an
	// office's plural titles a list of names.
	if pl := relPlural(alias); class == "office" && !isAcronym(t) && pl != "" {
		k.addAlias(pl, gazEntry{Class: classTitle, Canonical: t, TitleClass: class})
	}
	return nil
}

// capitals returns the states' capitals by name.
func (k *Knowledge) capitals() map[string]bool {
	out := map[string]bool{}
	for _, st := range k.states {
		for _, c := range st.Capitals {
			out[c] = true
		}
	}
	return out
}

func (k *Knowledge) loadCountry(r Row) error {
	name, iso3, iso2 := r.Field(0), r.Field(1), r.Field(2)
	if name == "" || len(iso3) != 3 && iso3 != "-" {
		return r.Errorf("want a name and a three-letter ISO code (or \"-\" for a state without one), got %q %q", name, iso3)
	}
	if iso3 == "-" {
		iso3 = "" // a de facto state ISO 3166 does not list: Somaliland
	}
	s := k.states[name]
	if s == nil {
		s = &StateInfo{Name: name, ISO3: iso3, ISO2: iso2}
		k.states[name] = s
	}
	if _, dup := k.codes[iso3]; !dup && iso3 != "" {
		k.codes[iso3] = name
	}
	for _, c := range splitList(r.Field(7)) {
		k.codes[c] = name
	}
	base := gazEntry{Canonical: name, Kind: graph.KindState, ISO: iso3}
	e := base
	e.Class = classState
	k.addAlias(name, e)
	for _, a := range splitList(r.Field(3)) {
		k.addAlias(a, e)
	}
	e.Class = classDemonym
	for _, d := range splitList(r.Field(4)) {
		if s.Demonym == "" {
			s.Demonym = d
		}
		k.addAlias(d, e)
		if p := plural(d); p != "" {
			k.addAlias(p, e)
		}
	}
	for _, c := range splitList(r.Field(5)) {
		e := base
		e.Class, e.Place = classCapital, c
		s.Capitals = append(s.Capitals, c)
		k.addAlias(c, e)
	}
	for _, c := range splitList(r.Field(6)) {
		e := base
		e.Class = classSeat
		k.addAlias(c, e)
	}
	return nil
}

// plural returns the plural of a demonym used as a noun ("Ukrainians", "Israelis"), or "" when
// it has none distinct from the adjective ("Chinese", "British", "Swiss").
func plural(d string) string {
	for _, suf := range []string{"ese", "sh", "ch", "ss", "s", "x", "z"} {
		if strings.HasSuffix(d, suf) {
			return ""
		}
	}
	if strings.HasSuffix(d, "man") {
		return d[:len(d)-3] + "men"
	}
	return d + "s"
}

func (k *Knowledge) loadOrg(r Row) error {
	e := gazEntry{Class: classOrg, Canonical: r.Field(0), Kind: graph.KindOrganization, ISO: r.Field(3)}
	if r.Field(1) == "parliament" {
		switch prev, ok := k.parliaments[e.ISO]; {
		case e.ISO == "":
			return fmt.Errorf("%s:%d: parliament %q: field 4 (country iso3) is empty", r.File, r.Line, e.Canonical)
		case ok && prev != e.Canonical:
			return fmt.Errorf("%s:%d: parliament %q: %s already has one, %q", r.File, r.Line, e.Canonical, e.ISO, prev)
		}
		k.parliaments[e.ISO] = e.Canonical
	}
	k.addAlias(e.Canonical, e)
	for _, a := range splitList(r.Field(2)) {
		k.addAlias(a, e)
	}
	return nil
}

func (k *Knowledge) loadPlace(r Row) error {
	e := gazEntry{Class: classPlace, Canonical: r.Field(0), Kind: graph.KindPlace, ISO: r.Field(3)}
	k.addAlias(e.Canonical, e)
	for _, a := range splitList(r.Field(2)) {
		k.addAlias(a, e)
	}
	return nil
}

func (k *Knowledge) loadAgreement(r Row) error {
	e := gazEntry{Class: classAgreement, Canonical: r.Field(0), Kind: graph.KindAgreement}
	k.addAlias(e.Canonical, e)
	for _, a := range splitList(r.Field(1)) {
		k.addAlias(a, e)
	}
	return nil
}

// loadPerson reads people*.tsv (name, aliases, state iso3, since). People are found by the shape of
// their names anyway; the tables add the state a person belongs to, which role descriptions
// ("the Russian leader") are resolved against, and users add tables for people they track.
func (k *Knowledge) loadPerson(r Row) error {
	e := gazEntry{Class: classPerson, Canonical: r.Field(0), Kind: graph.KindPerson, ISO: r.Field(2)}
	since := 0
	if s := r.Field(3); s != "" {
		y, ok := dateYearNumber(s)
		if !ok {
			return r.Errorf("since: want a four-digit year, got %q", s)
		}
		since = y
	}
	k.addAlias(e.Canonical, e)
	words := strings.Fields(e.Canonical)
	for len(words) > 1 && isNameSuffix(words[len(words)-1]) {
		words = words[:len(words)-1] // "Marcos Jr.", "Charles III": the surname is before
	}
	if len(words) > 1 {
		key := nameKey(words[len(words)-1])
		kp := knownPerson{Name: e.Canonical, ISO: e.ISO, Since: since}
		if !slices.Contains(k.surnames[key], kp) {
			k.surnames[key] = append(k.surnames[key], kp)
		}
	}
	for _, a := range splitList(r.Field(1)) {
		k.addAlias(a, e)
	}
	return nil
}

// tableBase is the file name of a table path, for messages.
func tableBase(p string) string { return path.Base(p) }
