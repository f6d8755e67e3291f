package loaders

import (
	"sort"
	"strconv"
	"strings"

	"github.com/entente-kg/entente/graph"
)

// eventAttack is one strike found in a document: who struck what, when, with what, and
// the casualties the text reports. Each becomes an Entity of kind Attack named
// "<attacker> strike on <targets> (<date>)"; its struck facts are the flat form that
// `entente extract` prints.
type eventAttack struct {
	attacker int
	targets  []int
	date     string
	weapons  []string
	killed   int
	injured  int
	si       int // last sentence that added to it
}

// noteAttack records a struck fact in the attack event it belongs to: the same attacker on
// the same date (or both undated) is one event.
func (d *relDoc) noteAttack(s *relSent, subj, obj int, pred, date string) {
	if pred != "struck" {
		d.attacker, d.attackerSi = subj, s.si
		return
	}
	var ev *eventAttack
	for _, a := range d.attacks {
		if a.attacker == subj && a.date == date {
			ev = a
			break
		}
	}
	if ev == nil {
		ev = &eventAttack{attacker: subj, date: date}
		d.attacks = append(d.attacks, ev)
	}
	ev.si = s.si
	if !relContains(ev.targets, obj) {
		ev.targets = append(ev.targets, obj)
	}
	for _, w := range s.weapons() {
		if !relContainsString(ev.weapons, w) {
			ev.weapons = append(ev.weapons, w)
		}
	}
	k, i := s.casualties()
	ev.killed = max(ev.killed, k)
	ev.injured = max(ev.injured, i)
}

func relContains(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func relContainsString(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// weapons lists the weapon words of the sentence ("cruise missiles", "drones").
func (s *relSent) weapons() []string {
	var out []string
	for k := 0; k < len(s.words); k++ {
		class, n, ok := s.d.x.attack.match(s.words, k)
		if ok && class == "weapon" {
			w := strings.Join(s.words[k:k+n], " ")
			if !relContainsString(out, w) {
				out = append(out, w)
			}
			k += n - 1
		}
	}
	return out
}

// casualties reads "killed nine people", "one person was killed and three were injured".
func (s *relSent) casualties() (killed, injured int) {
	for k := 0; k < len(s.words); k++ {
		class, _, ok := s.d.x.attack.match(s.words, k)
		if !ok || (class != "killed" && class != "injured") {
			continue
		}
		n := -1
		after := func() {
			for j := k + 1; j < len(s.words) && j <= k+4 && n < 0; j++ {
				if s.words[j] == "," || s.words[j] == ";" || s.words[j] == "and" {
					break
				}
				n = s.count(j)
			}
		}
		before := func() {
			for j := k - 1; j >= 0 && j >= k-5 && n < 0; j-- {
				if s.words[j] == "," || s.words[j] == ";" || s.words[j] == "and" {
					break
				}
				n = s.count(j)
			}
		}
		// "two people were killed": the count comes first; "killed nine people": after.
		if s.cue(k-1)&cueBe != 0 {
			before()
			after()
		} else {
			after()
			before()
		}
		if n < 0 {
			continue
		}
		if class == "killed" {
			killed = max(killed, n)
		} else {
			injured = max(injured, n)
		}
	}
	return killed, injured
}

// count reads token j as a casualty count, or -1: numerals and number words, not years.
func (s *relSent) count(j int) int {
	if _, isYear := dateYearNumber(s.words[j]); isYear {
		return -1
	}
	if _, ok := s.d.x.dates.numbers[s.words[j]]; !ok && s.tag(j) != "CD" {
		return -1
	}
	if v, ok := s.d.x.dates.Number(s.words[j]); ok {
		return v
	}
	return -1
}

// lastAttacker is a slot for the attacker of the latest attack in the previous sentences,
// for "Strikes also hit Nuseirat" after "Israeli air strikes killed …".
func (s *relSent) lastAttacker(tok int) []int {
	var best *eventAttack
	for _, a := range s.d.attacks {
		if a.si < s.si-2 || a.si > s.si {
			continue
		}
		if best == nil || a.si >= best.si {
			best = a
		}
	}
	attacker := -1
	switch {
	case best != nil:
		attacker = best.attacker
	case s.d.attacker >= 0 && s.d.attackerSi >= s.si-2 && s.d.attackerSi <= s.si:
		attacker = s.d.attacker // "India fired missiles at Pakistan. The missiles hit …"
	default:
		return nil
	}
	idx := len(s.slots)
	s.slots = append(s.slots, relSlot{start: tok, end: tok, cands: []int{attacker}, role: RoleAnaphor, ana: "attack"})
	return []int{idx}
}

// attackHead says whether the phrase's head names a weapon or an attack.
func (s *relSent) attackHead(head int) bool {
	c := s.attackWordAt(head)
	return c == "weapon" || c == "attack"
}

// weaponHead says whether the phrase's head names a weapon ("missiles", "cruise missiles").
func (s *relSent) weaponHead(head int) bool { return s.attackWordAt(head) == "weapon" }

// attackWordAt is the triggers_attack_en.tsv class of the word or phrase ending at head, or "".
func (s *relSent) attackWordAt(head int) string {
	if head < 0 {
		return ""
	}
	for start := max(0, head-1); start <= head; start++ {
		class, n, ok := s.d.x.attack.match(s.words, start)
		if ok && start+n-1 == head {
			return class
		}
	}
	return ""
}

// finish turns the document's attack events into Attack entities, and drops the agreements
// made of descriptions that no fact names.
func (d *relDoc) finish() {
	defer d.dropUnusedIntroduced()
	d.dropDomesticRepresents()
	for _, a := range d.attacks {
		att := d.entity(a.attacker)
		if att == nil {
			continue
		}
		var targets, places []string
		for _, t := range a.targets {
			if e := d.entity(t); e != nil {
				targets = append(targets, e.Name)
				if e.Kind == graph.KindPlace {
					places = append(places, e.Name)
				}
			}
		}
		sort.Strings(targets)
		name := att.Name + " strike on " + strings.Join(targets, " and ")
		if a.date != "" {
			name += " (" + a.date + ")"
		}
		props := map[string]string{
			"attacker": att.Name,
			"targets":  strings.Join(targets, "; "),
		}
		if len(places) > 0 {
			props["place"] = places[0]
		}
		if a.date != "" {
			props["date"] = a.date
		}
		if len(a.weapons) > 0 {
			props["weapons"] = strings.Join(a.weapons, "; ")
		}
		if a.killed > 0 {
			props["killed"] = strconv.Itoa(a.killed)
		}
		if a.injured > 0 {
			props["injured"] = strconv.Itoa(a.injured)
		}
		d.doc.Entities = append(d.doc.Entities, Entity{Name: name, Kind: graph.KindAttack, Props: props})
	}
}

// dropDomesticRepresents removes the inferred "person represents state" facts of domestic
// news: an article that mentions one state and no other, names no agreement, and tells of no
// act between actors.
// There every official holds an office of that state, and an office known from the people
// table ("Vice President JD Vance") or named by a seat of power ("White House press
// secretary") is a domestic post, not someone acting for the state among others. A state the
// title names outright ("Turkish Foreign Minister") is kept: the text says so.
func (d *relDoc) dropDomesticRepresents() {
	only := -1
	for _, m := range d.doc.Mentions {
		if d.kind(m.Entity) == graph.KindAgreement {
			return
		}
		if d.kind(m.Entity) != graph.KindState || m.Entity == only {
			continue
		}
		if only >= 0 {
			return // two states: not domestic news
		}
		only = m.Entity
	}
	if only < 0 {
		return
	}
	for _, f := range d.doc.Facts {
		if f.Predicate != "represents" {
			return
		}
	}
	name := d.doc.Entities[only].Name
	kept := d.doc.Facts[:0]
	for _, f := range d.doc.Facts {
		if f.ObjectKind == graph.KindState && f.Object == name && relInferredOffice[f.Rule] {
			continue
		}
		kept = append(kept, f)
	}
	d.doc.Facts = kept
}

// relInferredOffice are the represents rules that infer the state rather than read its name
// or demonym in the title.
var relInferredOffice = map[string]bool{
	"represents/title_metonym":   true,
	"represents/title_of_person": true,
	"represents/title_context":   true,
	"represents/title_known":     true,
	"represents/title_mention":   true,
	"represents/title_article":   true,
	"represents/title_office":    true,
}

// dropUnusedIntroduced removes the described agreements no fact names: a description was
// only made an entity so that facts could name it. No mention points at them, so removing
// them moves no mention's entity.
func (d *relDoc) dropUnusedIntroduced() {
	if len(d.introduced) == 0 {
		return
	}
	used := map[string]bool{}
	for _, f := range d.doc.Facts {
		used[f.Subject] = true
		used[f.Object] = true
	}
	drop := map[int]bool{}
	for _, e := range d.introduced {
		if en := d.entity(e); en != nil && !used[en.Name] {
			drop[e] = true
		}
	}
	if len(drop) == 0 {
		return
	}
	kept := d.doc.Entities[:0]
	for i, en := range d.doc.Entities {
		if !drop[i] {
			kept = append(kept, en)
		}
	}
	d.doc.Entities = kept
}

// afterSentence updates what later sentences refer back to.
func (d *relDoc) afterSentence(s *relSent) {
	d.coref.record(s)
	d.prevFacts = s.facts
	for _, e := range s.dates {
		if e.Value != "" {
			d.prevDate = e.Value
			break
		}
		if e.Next != 0 && d.prevDate != "" {
			d.prevDate = dateAddDays(d.prevDate, e.Next)
			break
		}
	}
}
