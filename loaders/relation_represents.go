package loaders

import (
	"slices"
	"strings"
	"unicode"

	"github.com/entente-kg/entente/graph"
)

// relZone sums up a run of title words around a person's name: "US special envoy",
// "the PLO's foreign policy spokesman", "former Kenyan president".
type relZone struct {
	role     bool   // an office word is present
	regional bool   // the office is a region's or city's (governor, mayor)
	block    bool   // former, incoming, -elect: not a current role
	actor    int    // the state or organization named in the zone, -1
	other    bool   // another kind of entity (a place) qualifies the role
	personOf int    // "Biden's envoy": the person whose envoy this is, -1
	roleWord string // the first office phrase ("president", "foreign minister")
	// possessive: the actor is a possessor ("Hamas's acting Gaza chief"), which names whose
	// office it is even when a place qualifies it.
	possessive bool
	unknown    bool // a capitalised word that is no office: "Quora chief executive"
	metonym    bool // the actor is named by a seat of power ("White House press secretary")
}

func (s *relSent) isTitleWord(k int) bool { return s.d.x.roleWords[s.word(k)] }

// analyseZone reads tokens [from, to), skipping the person's own slot self.
func (s *relSent) analyseZone(from, to, self int) relZone {
	z := relZone{actor: -1, personOf: -1}
	actorEnd := -1 // where the slot of z.actor ends
	sender := -1   // a state named with a possessive, before a body: "Iraq's U.N. ambassador"
	actors := map[graph.Kind]bool{graph.KindState: true, graph.KindOrganization: true}
	for k := max(from, 0); k < to && k < len(s.words); k++ {
		if st := s.countryOwner(k); st >= 0 {
			z.actor, z.possessive = st, true // "the country's president": the state last named
			continue
		}
		if sl := s.slotOf(k); sl >= 0 && sl != self {
			slot := s.slots[sl]
			// "the government's chief negotiator": the government is the article's state;
			// "its foreign minister": the state or body "its" was read as.
			its := slot.role == RolePronoun && (s.word(slot.start) == "its" || s.word(slot.start) == "their") && len(slot.cands) == 1 && actors[s.d.kind(slot.cands[0])]
			if slot.ana != "" && slot.ana != "dominant" || slot.role == RolePronoun && !its {
				k = slot.end - 1
				continue
			}
			if slot.role == RoleTitle && s.slotKind(sl) == graph.KindPerson {
				// "his Iranian counterpart": the office and the state inside the description;
				// "Tokyo's first female governor" is a city's office.
				z.role = true
				for w := slot.start; w < slot.end; w++ {
					class, _, ok := s.d.x.roles.match(s.words, w)
					if ok && class == "regional" {
						z.regional = true
					}
					if ok && class == "block" {
						z.block = true // "Cambodia's former leader"
					}
				}
				for _, in := range s.inner {
					if in.start >= slot.start && in.end <= slot.end && len(in.cands) > 0 && actors[s.d.kind(in.cands[0])] {
						z.actor = in.cands[0]
					}
				}
				k = slot.end - 1
				continue
			}
			if c := s.pick(sl, actors); len(c) > 0 {
				if z.actor >= 0 && actorEnd == slot.start && s.d.kind(c[0]) == graph.KindState && slot.role == RoleName {
					// "U.N. Syria envoy", "the U.S. Ukraine envoy": a state named right after
					// the employer is the post's subject.
					k = slot.end - 1
					continue
				}
				if z.actor >= 0 && z.possessive && s.d.kind(z.actor) == graph.KindState && s.d.kind(c[0]) == graph.KindOrganization {
					sender = z.actor
				}
				z.actor, actorEnd = c[0], slot.end
				z.metonym = slot.role == RoleMetonym
				z.possessive = z.possessive || s.possessiveAfter(slot.end)
			} else if s.slotKind(sl) == graph.KindPerson && s.possessiveAfter(slot.end) {
				z.personOf = slot.cands[0]
			} else {
				z.other = true
			}
			k = slot.end - 1
			continue
		}
		if class, n, ok := s.d.x.roles.match(s.words, k); ok {
			if (class == "role" || class == "regional") && z.roleWord == "" {
				z.roleWord = strings.Join(s.words[k:k+n], " ")
			}
			switch class {
			case "role":
				z.role = true
			case "regional":
				z.role, z.regional = true, true
			case "block":
				z.block = true
			}
			k += n - 1
			continue
		}
		if e, ok := s.d.aliases[s.s.Tokens[k].Text]; ok && s.startsUpper(k) {
			z.actor = e
		} else if s.startsUpper(k) && k > 0 && !s.isDet(k) && !s.possessiveAfter(k) && (self < 0 || s.slotOf(k) != self) && z.roleWord == "" {
			// A capitalised qualifier before the office ("Quora chief executive"); after it
			// come honorifics ("Supreme Leader Ayatollah Ali Khamenei").
			z.unknown = true
		}
	}
	if sender >= 0 {
		if c, _, ok := s.d.x.cues.match(strings.Fields(z.roleWord), 0); ok && c&cuePosting != 0 {
			z.actor = sender // posted to the body by the state
		}
	}
	// Nested mentions inside the person's own slot: "the Russian leader".
	if self >= 0 {
		sl := s.slots[self]
		for _, in := range s.inner {
			if in.start >= sl.start && in.end <= sl.end && len(in.cands) > 0 {
				if k := s.d.kind(in.cands[0]); k == graph.KindState || k == graph.KindOrganization {
					z.actor = in.cands[0]
				} else if k == graph.KindPlace {
					z.other = true
				}
			}
		}
	}
	return z
}

func (s *relSent) startsUpper(k int) bool {
	if k < 0 || k >= len(s.s.Tokens) {
		return false
	}
	for _, r := range s.s.Tokens[k].Text {
		return unicode.IsUpper(r)
	}
	return false
}

// zoneBefore walks left from token k-1 over a title zone and returns the first token before
// it (-1 at the sentence start).
func (s *relSent) zoneBefore(k int) int {
	k--
	for k >= 0 && s.zoneTok(k) {
		k--
	}
	return k
}

// zoneTok says whether token k can be part of a title before a name.
func (s *relSent) zoneTok(k int) bool {
	if k < 0 || k >= len(s.words) {
		return false
	}
	if sl := s.slotOf(k); sl >= 0 {
		slot := s.slots[sl]
		return s.slotKind(sl) != graph.KindPerson || s.possessiveAfter(slot.end) || slot.role == RoleTitle
	}
	w := s.word(k)
	switch {
	case w == "'s" || w == "-" || w == "'" && s.word(k+1) == "s" || w == "s" && s.word(k-1) == "'" || w == "the" || w == "his" || w == "her" || w == "their" || w == "its":
		return true
	case w == "of":
		// "Secretary of State", "heads of state": between the words of one office.
		return k > 0 && (s.startsUpper(k+1) && s.startsUpper(k-1) || s.isTitleWord(k-1) && s.isTitleWord(k+1))
	case s.isTitleWord(k):
		return true
	case s.countryOwner(k) >= 0:
		return true
	case s.tag(k) == "NNP" || s.tag(k) == "NNPS":
		return s.startsUpper(k)
	case s.tag(k) == "JJ" && s.startsUpper(k):
		return true
	}
	return false
}

// represents finds "person represents state/organization" facts in the sentence.
func (s *relSent) represents() {
	for si, sl := range s.slots {
		if sl.ana != "" || sl.role == RolePronoun || len(sl.cands) != 1 {
			continue
		}
		p := sl.cands[0]
		if s.d.kind(p) != graph.KindPerson {
			continue
		}
		s.representsFor(si, p)
	}
}

func (s *relSent) representsFor(si, p int) {
	sl := s.slots[si]
	role := ""
	emit := func(actor int, rule string, conf float64) {
		if actor >= 0 {
			if role != "" {
				if _, ok := s.d.offices[relOffice{actor, role}]; !ok {
					s.d.offices[relOffice{actor, role}] = p
				}
			}
			s.emit("represents", p, actor, conf, "represents/"+rule, graph.Asserted, -1, sl.start)
		}
	}
	// emitOf gives p the state of the person whose office p holds ("Trump's senior
	// adviser"), now or, when that person's state is not known yet, once pass 1 is over.
	emitOf := func(owner int, rule string, conf float64) {
		if st, ok := s.d.personState[owner]; ok {
			emit(st, rule, conf)
			return
		}
		s.d.bare = append(s.d.bare, relBare{si: s.si, person: p, tok: sl.start, actor: -1, role: role, of: owner, rule: rule, conf: conf})
	}
	// 1. Title before the name, or inside the mention: "US special envoy Steve Witkoff".
	k := s.zoneBefore(sl.start)
	left := s.analyseZone(k+1, sl.end, si)
	if !left.role {
		// "South Korean presidents Kim Dae-jung and Roh Moo-hyun": the plural title before
		// the first name is every listed name's.
		if zk, z, ok := s.pluralTitledList(si); ok {
			k, left = zk, z
		}
	}
	role = left.roleWord
	if left.role && !left.block && (!left.other || left.possessive) {
		switch {
		case left.actor >= 0 && left.regional && s.d.kind(left.actor) == graph.KindState:
			// "Tokyo Governor X", "Tokyo's governor": a city's office, not the state's.
		case left.actor >= 0 && left.metonym:
			emit(left.actor, "title_metonym", 0.75)
		case left.actor >= 0:
			emit(left.actor, "title", 0.85)
		case left.personOf >= 0:
			emitOf(left.personOf, "title_of_person", 0.7)
		case !left.other && !left.regional && !left.unknown:
			if st := s.stateAfterName(sl.end); st >= 0 {
				// "Prime Minister Lal Bahadur Shastri of India": the office's state follows.
				emit(st, "title_name_of", 0.8)
				break
			}
			actor := s.actorBefore(k+1, left.roleWord)
			// "the Lebanese group Hezbollah, whose leader Hassan Nasrallah": whose is the
			// phrase before the comma, not the state that describes it.
			if s.word(k) == "whose" && s.word(k-1) == "," {
				if np := s.npLeft(k - 2); np.ref >= 0 && s.isActor(np.ref) {
					actor = s.slots[np.ref].cands[0]
				}
			}
			s.d.bare = append(s.d.bare, relBare{si: s.si, person: p, tok: sl.start, actor: actor, role: left.roleWord, of: -1})
		}
	}
	// 1b. "Matteo Zuppi of the Community of Sant'Egidio", "Andrea Riccardi and Matteo Zuppi
	// of …": an untitled name, or a pair of them, of a body is one of its people. A state
	// after an untitled name says only where they are from.
	if !left.role {
		end := sl.end
		if s.word(end) == "and" {
			if n := s.slotOf(end + 1); n >= 0 && s.slots[n].start == end+1 && s.slotKind(n) == graph.KindPerson {
				end = s.slots[n].end
			}
		}
		if b := s.stateAfterName(end); b >= 0 && s.d.kind(b) == graph.KindOrganization {
			emit(b, "name_of_body", 0.65)
		}
	}
	// 2. Title before the name across a comma: "Qatar's emir, Sheikh Tamim".
	if s.word(k) == "," && !left.role {
		j := s.zoneBefore(k)
		opens := func(j int) bool { return j < 0 || s.word(j) == "," || s.word(j) == "and" || s.isPrep(j) || s.isVerb(j) }
		if (s.word(j) == "a" || s.word(j) == "an") && opens(j-1) && s.word(sl.end) == "," {
			// "A Hamas spokesman, Sami Abu Zuhri, said"; not "According to a senior U.S.
			// official, Xi told Biden", where the comma ends the phrase.
			j--
		}
		// "Hezbollah's longtime leader, Hassan Nasrallah": adjectives inside the title.
		for j > 0 && s.tag(j) == "JJ" && s.slotOf(j) < 0 && s.zoneTok(j-1) {
			j = s.zoneBefore(j)
		}
		if w := s.word(j); j < k-1 && j > 0 && (w == "to" || w == "in" || w == "at" || w == "for") && !s.analyseZone(j+1, k, -1).role {
			// "Iran's ambassador to Syria, Hossein Akbari": the post's own place is between
			// the title and the comma.
			i := s.zoneBefore(j)
			if z := s.analyseZone(i+1, j, -1); i < j-1 && z.role && !z.block && !z.regional && z.actor >= 0 {
				emit(z.actor, "title_post_comma", 0.75)
			}
		} else if j < k-1 && opens(j) {
			z := s.analyseZone(j+1, k, -1)
			if z.role && !z.block && !z.regional && (!z.other || z.possessive || z.personOf >= 0 && z.actor < 0) {
				if z.actor >= 0 {
					emit(z.actor, "title_comma", 0.8)
				} else if z.personOf >= 0 {
					emitOf(z.personOf, "title_of_person", 0.7)
				}
			}
		}
	}
	// 3. Appositive after the name: "Andy Hunder, president of the American Chamber …",
	// "Zalmay Khalilzad, the US special envoy for …", "X, who is also Qatar's foreign minister".
	j := sl.end
	if st := s.stateAfterName(j); st >= 0 && s.d.kind(st) == graph.KindState {
		// "Prime Minister Eugenia Charles of Dominica, chairman of the Organization of
		// Eastern Caribbean States": the appositive after the name's state.
		k := j + 1 // the state's slot, after "of" (and "the")
		if s.word(k) == "the" {
			k++
		}
		k = s.slots[s.slotOf(k)].end
		// only an office right after the state, not the next name of a list ("A of
		// Rwanda and B, president of Algeria")
		if s.word(k) == "," && (s.isTitleWord(k+1) || s.word(k+1) == "the" && s.isTitleWord(k+2)) {
			j = k
		}
	}
	if s.word(j) == "," {
		j++
		if s.cue(j)&cueRelative != 0 {
			j++
			for s.cue(j)&(cueBe|cueAux) != 0 {
				j++
			}
			if s.cue(j)&cueHoldOffice != 0 {
				j++ // "who holds the rotating presidency of CELAC"
			}
		}
		// "Egyptian President A, Qatar's emir, Sheikh Tamim": a person titled already, then a
		// title and another person — the title is the next person's, not A's.
		if left.role {
			nop := func(int, string, float64) {}
			if e := s.appositiveFacts(j, nop, nop, nil); e > j && s.word(e) == "," {
				if next := s.slotOf(e + 1); next >= 0 && s.slots[next].start == e+1 && s.slotKind(next) == graph.KindPerson {
					j = len(s.words)
				}
			}
		}
		// "X, a former lawmaker and the leader of Y": each description in turn.
		for conj := 0; conj < 2 && j < len(s.words); conj++ {
			if conj > 0 {
				if s.word(j) != "and" || !s.isDet(j+1) {
					break
				}
				j++
			}
			j = s.appositiveFacts(j, emit, emitOf, func(role string) {
				s.d.bare = append(s.d.bare, relBare{si: s.si, person: p, tok: sl.start, actor: -1, role: role, of: -1})
			})
		}
	}
	// 3b. "Ellsworth Bunker and Sol M. Linowitz, the chief American negotiators": a plural
	// office in apposition to a pair of names is each one's.
	if q := s.slotOf(sl.end + 1); s.word(sl.end) == "and" && q >= 0 && s.slots[q].start == sl.end+1 &&
		s.slotKind(q) == graph.KindPerson && s.word(s.slots[q].end) == "," {
		j := s.slots[q].end + 1
		nop := func(int, string, float64) {}
		e := s.appositiveFacts(j, nop, nop, nil)
		if z := s.analyseZone(j, e, -1); z.role && s.pluralRole(s.word(e-1)) {
			s.appositiveFacts(j, emit, emitOf, nil)
		}
	}
	// 5. "the two foreign ministers, Jeyhun Bayramov of Azerbaijan and Ararat Mirzoyan of
	// Armenia": one of a list after a plural title, each with a state of their own.
	if st := s.slotOf(sl.end + 1); s.word(sl.end) == "of" && st >= 0 && s.slots[st].start == sl.end+1 &&
		s.slotKind(st) == graph.KindState && s.slots[st].role == RoleName && s.listAfterPluralTitle(sl.start) {
		emit(s.slots[st].cands[0], "listed_of_state", 0.75)
	}
	// 6. "the foreign ministers of Russia, Iran and Turkey, Sergei Lavrov, Abbas Araghchi
	// and Hakan Fidan": the offices and the names in the same order.
	if st := s.respectiveState(si); st >= 0 {
		emit(st, "respective", 0.75)
	}
	// 4. "on behalf of X", "for X" straight after the name, or after an appositive about
	// the person: "Redwan Hussein, adviser to the prime minister, on behalf of the government".
	from := sl.end
	if s.word(from) == "," {
		for j := from + 1; j < len(s.words) && j < from+15; j++ {
			if s.isFinite(j) || s.word(j) == ";" || s.word(j) == "and" && s.word(j-1) == "," {
				break
			}
			if s.word(j) == "," {
				from = j + 1
				break
			}
		}
	}
	// "headed by Ahmed Qurei for the PLO": "for" and an actor that closes the phrase.
	if s.word(from) == "for" {
		np := s.npRight(from + 1)
		actors := map[graph.Kind]bool{graph.KindState: true, graph.KindOrganization: true}
		if c := s.pick(np.ref, actors); len(c) > 0 && np.end > from+1 {
			switch s.word(np.end) {
			case "", ",", ".", ";", "and", ")":
				emit(c[0], "for", 0.6)
			}
		}
	}
	// "X, who has mediated the talks on behalf of SADC,": anywhere in a relative clause
	// about the person.
	reach := from + 3
	if s.word(sl.end) == "," && s.cue(sl.end+1)&cueRelative != 0 {
		for reach = sl.end + 2; reach < len(s.words) && s.word(reach) != "," && s.word(reach) != ";"; reach++ {
		}
	}
	for j := from; j < len(s.words) && j < reach; j++ {
		if relWordsAt(s.words, j, []string{"on", "behalf", "of"}) {
			np := s.npRight(j + 3)
			actors := map[graph.Kind]bool{graph.KindState: true, graph.KindOrganization: true}
			if c := s.pick(np.ref, actors); len(c) > 0 {
				emit(c[0], "on_behalf", 0.8)
			}
			break
		}
	}
}

// appositiveFacts reads one description in apposition to a person, starting at token j
// ("president of the American Chamber", "the US special envoy for …"), emits what it says
// the person represents, and returns the token after it.
// bare, when given, takes an office the description names without its state or
// organization, for resolveBare.
func (s *relSent) appositiveFacts(j int, emit, emitOf func(actor int, rule string, conf float64), bare func(role string)) int {
	start := j
	// "Premier and Foreign Minister of Communist China": two offices of one state.
	twoOffices := func(j int) bool { return s.word(j) == "and" && s.isTitleWord(j-1) && s.isTitleWord(j+1) }
	for j < len(s.words) && (s.zoneTok(j) || s.word(j) == "a" || s.word(j) == "an" || s.tag(j) == "JJ" || s.tag(j) == "RBS" || twoOffices(j)) {
		if sl2 := s.slotOf(j); sl2 >= 0 {
			j = s.slots[sl2].end
			continue
		}
		j++
	}
	z := s.analyseZone(start, j, -1)
	// "Angela Merkel, French President Emmanuel Macron": the title is the next person's.
	nextPerson := s.slotOf(j) >= 0 && s.slotKind(s.slotOf(j)) == graph.KindPerson
	if z.role && !z.block && !nextPerson {
		switch {
		case z.actor >= 0 && z.regional && s.d.kind(z.actor) == graph.KindState:
			// "Tokyo's governor": a city's or region's office, whatever state the city
			// stands for elsewhere.
		case z.actor >= 0:
			emit(z.actor, "appositive", 0.8)
		case s.word(j) == "of" || s.word(j) == "for" || s.word(j) == "at" || s.word(j) == "to":
			np := s.npRight(j + 1)
			actors := map[graph.Kind]bool{graph.KindState: true, graph.KindOrganization: true}
			if c := s.pick(np.ref, actors); len(c) > 0 {
				emit(c[0], "appositive_of", 0.8)
			} else if side := s.envoysSide(np); np.ref < 0 && side >= 0 && s.envoys(np) {
				// "Firmin Ngrebada, head of the government delegation": who the delegation
				// speaks for.
				emit(s.slots[side].cands[0], "appositive_of_envoys", 0.7)
			} else if c := s.pick(np.possessor, actors); np.ref < 0 && len(c) > 0 {
				emit(c[0], "appositive_of_possessor", 0.65) // "director-general of Israel's Foreign Ministry"
			} else if np.ref >= 0 && s.slotKind(np.ref) == graph.KindPerson && !z.regional {
				emitOf(s.slots[np.ref].cands[0], "appositive_of_person", 0.6)
			} else if z.personOf >= 0 {
				// "Trump's senior adviser for Africa": the post's subject is no actor.
				emitOf(z.personOf, "title_of_person", 0.7)
			}
		case z.personOf >= 0:
			emitOf(z.personOf, "title_of_person", 0.7)
		case bare != nil && !z.other && !z.regional && !z.unknown && s.closesAppositive(start, j):
			// "Panos Kammenos, the defence minister": the office of the article's state.
			bare(z.roleWord)
		}
	}
	return j
}

// stateAfterName is the state or organization in "of X" right after a name that ends at
// token end, when the phrase closes there ("Shastri of India and …", "Gromyko of the Soviet
// Union,"); -1 otherwise.
func (s *relSent) stateAfterName(end int) int {
	if s.word(end) != "of" {
		return -1
	}
	sl := s.slotOf(end + 1)
	if s.word(end+1) == "the" {
		sl = s.slotOf(end + 2)
	}
	if sl < 0 || s.slots[sl].ana != "" || len(s.slots[sl].cands) != 1 || !isParty(s.slotKind(sl)) {
		return -1
	}
	switch s.word(s.slots[sl].end) {
	case ",", ".", ";", "and", ")", "":
		return s.slots[sl].cands[0]
	}
	if s.isVerb(s.slots[sl].end) {
		return s.slots[sl].cands[0]
	}
	return -1
}

// closesAppositive reports whether the description [start, j) is all the apposition says of
// its office: no possessive pronoun inside ("its acting head" is some body's) and nothing
// after it that goes on to say whose ("the mercenary leader whose fighters …").
func (s *relSent) closesAppositive(start, j int) bool {
	for k := start; k < j; k++ {
		if sl := s.slotOf(k); sl >= 0 && s.slots[sl].role == RolePronoun || s.tag(k) == "PRP$" {
			return false
		}
	}
	switch s.word(j) {
	case ",", ".", ";", "":
		return true
	}
	return s.isFinite(j)
}

// actorBefore is the nearest state named before token k in the sentence, or failing that the
// nearest organization; only the organization for an office of a body (role).
func (s *relSent) actorBefore(k int, role string) int {
	kinds := []graph.Kind{graph.KindState, graph.KindOrganization}
	if s.d.x.orgRoles[role] {
		// "Iran and Iraq will stop fighting, Secretary-General X told …": a body's office is
		// no state's.
		kinds = kinds[1:]
	}
	for _, kind := range kinds {
		want := map[graph.Kind]bool{kind: true}
		for j := k - 1; j >= 0; j-- {
			if s.word(j) == ";" {
				break
			}
			if sl := s.slotOf(j); sl >= 0 {
				slot := s.slots[sl]
				// "UNITED NATIONS (AP) -": the agency of a dateline is no one's office.
				if slot.ana == "" && slot.role != RolePronoun && !s.titlesPerson(slot.end) && !s.bracketed(slot) {
					if c := s.pick(sl, want); len(c) > 0 {
						return c[0]
					}
				}
				j = slot.start
			}
		}
	}
	return -1
}

// titlesPerson reports whether the title zone from token k runs into a person's name, or
// names an office whose holder follows in apposition: "Japanese Foreign Minister Yoko
// Kamikawa", "Britain's ambassador in Beijing, Sir Richard Evans," — the state there is
// theirs, no one else's.
func (s *relSent) titlesPerson(k int) bool {
	title := false
	for ; k < len(s.words); k++ {
		if sl := s.slotOf(k); sl >= 0 {
			return s.slotKind(sl) == graph.KindPerson
		}
		if w := s.word(k); title && (w == "in" || w == "to" || w == "at") {
			// the post's own place: "ambassador in Beijing"
			if sl := s.slotOf(k + 1); sl >= 0 && s.slotKind(sl) != graph.KindPerson {
				k = s.slots[sl].end
			}
		}
		if title && s.word(k) == "," {
			return s.word(k+1) != "," && s.titlesPerson(k+1) // "…, Sir Richard Evans"
		}
		if !s.zoneTok(k) {
			return false
		}
		title = title || s.isTitleWord(k)
	}
	return false
}

// pluralTitledList finds the title zone of a list of people that the person at slot si
// closes ("A, B and C") when a plural title stands before the list's first name: the token
// before that zone and the zone.
func (s *relSent) pluralTitledList(si int) (int, relZone, bool) {
	first := -1
	for k := s.slots[si].start - 1; k > 0; {
		if w := s.word(k); w != "and" && w != "," {
			break
		}
		p := s.slotOf(k - 1)
		// "Presidents A of Burkina Faso, B of Liberia and …": each name's state after it.
		if p >= 0 && isParty(s.slotKind(p)) && s.word(s.slots[p].start-1) == "of" {
			p = s.slotOf(s.slots[p].start - 2)
		}
		if p < 0 || s.slotKind(p) != graph.KindPerson || s.slots[p].ana != "" {
			break
		}
		first = p
		k = s.slots[p].start - 1
	}
	if first < 0 {
		return 0, relZone{}, false
	}
	k := s.zoneBefore(s.slots[first].start)
	z := s.analyseZone(k+1, s.slots[first].end, first)
	if !z.role || !s.pluralRole(z.roleWord) {
		return 0, relZone{}, false
	}
	return k, z, true
}

// pluralRole reports an office's plural ("presidents", "chief negotiators").
func (s *relSent) pluralRole(role string) bool {
	return strings.HasSuffix(role, "s") && (s.d.x.roleWords[strings.TrimSuffix(role, "s")] || strings.Contains(role, " "))
}

// listAfterPluralTitle reports whether the person whose name starts at token k is one of a
// list of "Name of State" that a plural title and a comma open: "the foreign ministers,
// Jeyhun Bayramov of Azerbaijan and Ararat Mirzoyan of Armenia".
func (s *relSent) listAfterPluralTitle(k int) bool {
	j := k - 1
	for j >= 0 {
		if sl := s.slotOf(j); sl >= 0 && (s.slotKind(sl) == graph.KindPerson || s.slotKind(sl) == graph.KindState) {
			j = s.slots[sl].start - 1
			continue
		}
		if w := s.word(j); w == "of" || w == "and" || w == "," && s.slotOf(j-1) >= 0 {
			j--
			continue
		}
		break
	}
	// "heads of state, among them Benjamin Mkapa of Tanzania and …".
	switch {
	case s.word(j) == "them" && s.word(j-1) == "among":
		j -= 2
	case s.word(j) == "including":
		j--
	}
	if s.word(j) != "," {
		return false
	}
	z := s.analyseZone(s.zoneBefore(j)+1, j, -1)
	return z.role && !z.block && strings.HasSuffix(z.roleWord, "s")
}

// respectiveList reads "the foreign ministers of Russia, Iran and Turkey, Sergei Lavrov, Abbas
// Araghchi and Hakan Fidan," before the comma at j: the people listed and the states their
// plural office names, one each in the same order.
func (s *relSent) respectiveList(j int) (people, states []int, ok bool) {
	if s.word(j) != "," {
		return nil, nil, false
	}
	g, gs := s.listLeft(j-1, func(k graph.Kind) bool { return k == graph.KindPerson })
	if len(g) < 2 || s.word(gs-1) != "," {
		return nil, nil, false
	}
	st, ss := s.listLeft(gs-2, func(k graph.Kind) bool { return k == graph.KindState || k == graph.KindOrganization })
	if len(st) != len(g) || s.word(ss-1) != "of" {
		return nil, nil, false
	}
	z := s.analyseZone(s.zoneBefore(ss-1)+1, ss-1, -1)
	if !z.role || z.block || !strings.HasSuffix(z.roleWord, "s") {
		return nil, nil, false
	}
	return g, st, true
}

// listLeft reads "A, B and C" of slots of the kinds want, ending at token j: the slots in
// text order and the first one's start.
func (s *relSent) listLeft(j int, want func(graph.Kind) bool) ([]int, int) {
	var out []int
	start := j + 1
	for j >= 0 {
		sl := s.slotOf(j)
		if sl < 0 || s.slots[sl].end != j+1 || s.slots[sl].ana != "" || len(s.slots[sl].cands) != 1 || !want(s.slotKind(sl)) {
			break
		}
		out = append(out, sl)
		start = s.slots[sl].start
		if w := s.word(start - 1); w != "," && w != "and" {
			break
		}
		j = start - 2
	}
	slices.Reverse(out)
	return out, start
}

// respectiveState is the state a respective list gives the person of slot si, or -1.
func (s *relSent) respectiveState(si int) int {
	commas := 0
	for j := s.slots[si].end; j < len(s.words) && commas < 4; j++ {
		if s.word(j) != "," {
			continue
		}
		commas++
		if people, states, ok := s.respectiveList(j); ok {
			if i := slices.Index(people, si); i >= 0 {
				return s.slots[states[i]].cands[0]
			}
			return -1
		}
	}
	return -1
}

// relBare is a person given a bare title ("President Isaac Herzog") whose state or
// organization the sentence does not name.
type relBare struct {
	si, person, tok int
	actor           int    // nearest actor before the title in the sentence, -1
	role            string // the office: one holder per office and actor
	// of is the person whose office this is ("Trump's senior adviser"), whose state the
	// person takes with rule and conf once pass 1 has found it; -1 for other bare titles.
	of   int
	rule string
	conf float64
}

// resolveBare gives bare titles a state or organization from context, after every explicit
// title in the document is known: the person's own title elsewhere wins, then an actor named
// earlier in the sentence, then the actor the article is clearly about.
func (d *relDoc) resolveBare() {
	defer func() {
		// Offices of a person ("Trump's senior adviser") once every bare title is resolved.
		for _, b := range d.bare {
			if st, ok := d.personState[b.of]; ok && b.of >= 0 {
				d.sentence(b.si).emit("represents", b.person, st, b.conf, "represents/"+b.rule, graph.Asserted, -1, b.tok)
			}
		}
	}()
	for _, b := range d.bare {
		if b.of >= 0 {
			continue
		}
		if _, ok := d.personState[b.person]; ok {
			continue
		}
		actor, rule, conf := b.actor, "title_context", 0.6
		if a := d.knownState(b.person); a >= 0 && !d.x.orgRoles[b.role] {
			// "President Bill Clinton" in an article about Israel: what the people tables
			// say of the person outweighs the states around the title.
			actor, rule, conf = a, "title_known", 0.7
		}
		if a, ok := d.mentionOf[b.person]; ok {
			actor, rule = a, "title_mention"
		} else if a := d.stateByISO(d.x.roleStates[b.role]); a >= 0 {
			// "Secretary of State Dean Rusk protested to the Indian Ambassador": an office
			// only one state has is that state's, in an article about another.
			actor, rule, conf = a, "title_office", 0.7
		}
		if actor < 0 && !d.x.orgRoles[b.role] {
			// "In Wellington, Prime Minister David Lange …" in an article about France: a
			// sentence that opens in another state's capital is set there.
			if st := d.frontedCapitalState(b.si, b.tok); st >= 0 {
				actor, rule, conf = st, "title_locale", 0.5
			} else if st := d.topicState(b.si); st >= 0 {
				actor, rule, conf = st, "title_topic", 0.5
			}
		}
		if actor < 0 {
			actor, rule, conf = d.domState, "title_article", 0.5
			if d.x.orgRoles[b.role] {
				actor = d.domOrg
			} else if actor < 0 {
				// An article about two states: a state's office is the one of the capital
				// the sentence is set in ("In Ankara, Premier Bulent Ecevit said", "flew to
				// London for talks with Prime Minister Harold Wilson"), else the dateline's.
				actor, rule = d.localeState(b.si, b.tok), "title_locale"
				if actor < 0 {
					actor, rule = d.datelineState(), "title_dateline"
				}
			}
		}
		if actor < 0 {
			continue
		}
		// The people tables tie the person to another state: the states around the title
		// are not theirs.
		if pe, ae := d.entity(b.person), d.entity(actor); pe == nil || ae == nil ||
			pe.Props["country"] != "" && rule != "title_mention" && ae.Kind == graph.KindState && ae.Props["iso"] != pe.Props["country"] {
			continue
		}
		if holder, ok := d.offices[relOffice{actor, b.role}]; ok && holder != b.person && rule != "title_known" {
			continue // the article already gives that office to someone else
		}
		s := d.sentence(b.si)
		s.emit("represents", b.person, actor, conf, "represents/"+rule, graph.Asserted, -1, b.tok)
		if _, ok := d.offices[relOffice{actor, b.role}]; !ok && b.role != "" {
			d.offices[relOffice{actor, b.role}] = b.person
		}
	}
}

// countryOwner is the state that "the country's" at token k refers to, the one named last
// before it in this sentence or the two before, or -1 when token k is no such noun. The
// titles are read before coreference, so the noun is resolved here.
func (s *relSent) countryOwner(k int) int {
	a, n, ok := s.d.x.anaphors.match(s.words, k)
	if !ok || a.kind != graph.KindState || a.class != "recent" || s.word(k+n) != "'s" || s.word(k-1) != "the" {
		return -1
	}
	for si := s.si; si >= 0 && si >= s.si-2; si-- {
		ms := s.d.byS[si]
		for i := len(ms) - 1; i >= 0; i-- {
			m := s.d.doc.Mentions[ms[i]]
			if si == s.si && m.TokEnd > k {
				continue
			}
			if s.d.kind(m.Entity) == graph.KindState && m.Role != RolePronoun {
				return m.Entity
			}
		}
	}
	return -1
}

// topicState is the state that the sentence before si opens with as its subject, in the same
// paragraph, when it names no other state: "Sudan rejected the accusation. Information
// Minister Ghazi Salaheddin called the raid …" — the paragraph turns to that state. Not when
// sentence si sets a scene of its own ("In Lviv, …"). -1 otherwise.
func (d *relDoc) topicState(si int) int {
	if si == 0 || d.paragraphBreak(si) {
		return -1
	}
	if s := d.sentence(si); s.word(s.firstWord()) == "in" {
		return -1
	}
	prev := d.sentence(si - 1)
	sl := prev.slotOf(prev.firstWord())
	if sl < 0 || prev.slots[sl].role != RoleName || len(prev.slots[sl].cands) != 1 || prev.slotKind(sl) != graph.KindState || !prev.isFinite(prev.slots[sl].end) {
		return -1
	}
	st := prev.slots[sl].cands[0]
	for _, mi := range d.byS[si-1] {
		if e := d.doc.Mentions[mi].Entity; e != st && d.kind(e) == graph.KindState {
			return -1
		}
	}
	return st
}

// paragraphBreak reports a blank line in the body between sentence si-1 and sentence si.
func (d *relDoc) paragraphBreak(si int) bool {
	a, b := d.doc.Sentences[si-1].End, d.doc.Sentences[si].Start
	text := d.doc.Article.Text
	if a < 0 || b > len(text) || a > b {
		return true
	}
	return strings.Count(text[a:b], "\n") > 1
}

// frontedCapitalState is the state whose capital opens sentence si before token tok ("In
// Wellington, …", "In Ankara on Monday, …"), or -1.
func (d *relDoc) frontedCapitalState(si, tok int) int {
	s := d.sentence(si)
	first := s.firstWord()
	if s.word(first) != "in" {
		return -1
	}
	sl := s.slotOf(first + 1)
	if sl < 0 || s.slots[sl].end > tok || s.slotKind(sl) != graph.KindPlace || len(s.slots[sl].cands) != 1 {
		return -1
	}
	city := s.slots[sl].cands[0]
	if !d.x.capitals[d.entity(city).Name] {
		return -1
	}
	return d.stateByISO(d.entity(city).Props["country"])
}

// localeState is the state whose capital sentence si names last before token tok, or -1.
func (d *relDoc) localeState(si, tok int) int {
	if s := d.sentence(si); s.word(s.zoneBefore(tok)) == "by" {
		return -1 // "during a visit to Beijing by Prime Minister P. V. Narasimha Rao"
	}
	st := -1
	for _, mi := range d.byS[si] {
		m := d.doc.Mentions[mi]
		if m.TokEnd > tok || m.Role != RoleName || d.kind(m.Entity) != graph.KindPlace || !d.x.capitals[d.entity(m.Entity).Name] {
			continue
		}
		if s := d.stateByISO(d.entity(m.Entity).Props["country"]); s >= 0 {
			st = s
		}
	}
	return st
}

// knownState is the document's State entity that the people tables give person p, or -1.
func (d *relDoc) knownState(p int) int {
	en := d.entity(p)
	if en == nil {
		return -1
	}
	return d.stateByISO(en.Props["country"])
}

// stateByISO is the document's State entity with ISO code iso, or -1.
func (d *relDoc) stateByISO(iso string) int {
	if iso == "" {
		return -1
	}
	for i, e := range d.doc.Entities {
		if e.Kind == graph.KindState && e.Props["iso"] == iso {
			return i
		}
	}
	return -1
}

// relOffice is an office of a state or organization: "president" of Belarus.
type relOffice struct {
	actor int
	role  string
}
