package postag

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// vote is one (class, weight) of a feature's row, in the model's order.
type vote struct {
	class  int
	weight float32
}

// TestTaggerScoresTheFeaturesTheStringsName tags random sentences with random small models and
// checks every tag against a scorer that builds each feature's string and looks it up whole,
// as the model's format defines. The models name tags that are no class ("-", "SYM" and a
// bracket literal, which fixed forms produce) in single-tag, tag-pair and tag-and-word
// features, so the tagger's numbering of tags must cover them; one of them is only ever the
// second tag of a pair.
func TestTaggerScoresTheFeaturesTheStringsName(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	classes := []string{"NN", "VB", "DT", "JJ"}
	tagNames := append(slices.Clone(classes), "-", "SYM", "-LRB-", start, start2)
	words := []string{"the", "The", "deal", "signed", "-", ":-)", "-LRB-", "1999", "war-time", "7", "@un", "peace", "Kyiv", ""}
	symbols := map[string]bool{":-)": true}
	for round := range 200 {
		feats := map[string][]vote{}
		for range 30 + rng.IntN(60) {
			var f string
			w := normalize(words[rng.IntN(len(words))])
			// "-LRB-" is never a first tag, so only a tag-pair feature names it.
			tag1, tag2 := tagNames[rng.IntN(len(tagNames))], tagNames[rng.IntN(len(tagNames))]
			if tag1 == "-LRB-" {
				tag1 = "-"
			}
			switch rng.IntN(8) {
			case 0:
				f = "bias"
			case 1:
				f = templatePrefixes[tSuffix+rng.IntN(2)*tPrevSuffix] + suffix(w)
			case 2:
				f = templatePrefixes[tPref1] + w[:min(1, len(w))]
			case 3:
				f = templatePrefixes[tPrevTag+rng.IntN(2)] + tag1
			case 4:
				f = templatePrefixes[tTagPair] + tag1 + " " + tag2
			case 5:
				f = templatePrefixes[tPrevTagWord] + tag1 + " " + w
			default:
				word := []int{tWord, tPrevWord, tPrev2Word, tNextWord, tNext2Word}
				f = templatePrefixes[word[rng.IntN(len(word))]] + w
			}
			var row []vote
			for c := range classes {
				if rng.IntN(2) == 0 {
					row = append(row, vote{c, float32(rng.IntN(21) - 10)})
				}
			}
			feats[f] = row
		}
		unambiguous := map[string]int{"The": 2}
		m, err := Decode(encodeModel(classes, feats, unambiguous))
		if err != nil {
			t.Fatal(err)
		}
		tg := New(m, symbols)
		for range 20 {
			sentence := make([]string, 1+rng.IntN(8))
			for i := range sentence {
				sentence[i] = words[rng.IntN(len(words))]
			}
			got := make([]string, len(sentence))
			tg.Tag(sentence, got)
			want := tagByStrings(classes, feats, unambiguous, symbols, sentence)
			if !slices.Equal(got, want) {
				t.Fatalf("model %d: Tag(%q) = %q, scoring by feature strings gives %q", round, sentence, got, want)
			}
		}
	}
}

// tagByStrings tags words as the model format defines: each feature is its template's prefix
// and value, looked up whole, its votes added in the order listed.
func tagByStrings(classes []string, feats map[string][]vote, unambiguous map[string]int, symbols map[string]bool, words []string) []string {
	ctx := []string{start, start2}
	for _, w := range words {
		ctx = append(ctx, normalize(w))
	}
	ctx = append(ctx, end, end2)
	p1, p2 := start, start2
	var tags []string
	for i, w := range words {
		var tag string
		c, unamb := unambiguous[w]
		switch {
		case w == "-":
			tag = "-"
		case symbols[w]:
			tag = "SYM"
		case len(w) > 0 && w[0] == '@':
			tag = "NN"
		case isTrace(w):
			tag = "-NONE-"
		case isBracketLiteral(w):
			tag = w
		case unamb:
			tag = classes[c]
		default:
			j := i + 2
			scores := make([]float32, len(classes))
			for _, f := range []string{
				"bias",
				"i suffix " + suffix(w),
				"i pref1 " + w[:min(1, len(w))],
				"i-1 tag " + p1,
				"i-2 tag " + p2,
				"i tag+i-2 tag " + p1 + " " + p2,
				"i word " + ctx[j],
				"i-1 tag+i word " + p1 + " " + ctx[j],
				"i-1 word " + ctx[j-1],
				"i-1 suffix " + suffix(ctx[j-1]),
				"i-2 word " + ctx[j-2],
				"i+1 word " + ctx[j+1],
				"i+1 suffix " + suffix(ctx[j+1]),
				"i+2 word " + ctx[j+2],
			} {
				for _, v := range feats[f] {
					scores[v.class] += v.weight
				}
			}
			best := 0
			for c, s := range scores {
				if s > scores[best] {
					best = c
				}
			}
			tag = classes[best]
		}
		tags = append(tags, tag)
		p2, p1 = p1, tag
	}
	return tags
}

// encodeModel writes a model in prose's flat format, the one Decode reads.
func encodeModel(classes []string, feats map[string][]vote, unambiguous map[string]int) []byte {
	b := []byte(modelMagic)
	u32 := func(v int) { b = binary.LittleEndian.AppendUint32(b, uint32(v)) }
	str16 := func(s string) { b = append(binary.LittleEndian.AppendUint16(b, uint16(len(s))), s...) }
	u32(modelVersion)
	u32(len(classes))
	for _, c := range classes {
		str16(c)
	}
	names := make([]string, 0, len(feats))
	for f := range feats {
		names = append(names, f)
	}
	slices.Sort(names)
	var blob []byte
	featOff, pairOff := []int{0}, []int{0}
	var ids []byte
	var weights []float32
	for _, f := range names {
		blob = append(blob, f...)
		featOff = append(featOff, len(blob))
		for _, v := range feats[f] {
			ids = append(ids, byte(v.class))
			weights = append(weights, v.weight)
		}
		pairOff = append(pairOff, len(ids))
	}
	u32(len(names))
	u32(len(ids))
	u32(len(blob))
	b = append(b, blob...)
	for _, o := range featOff {
		u32(o)
	}
	for _, o := range pairOff {
		u32(o)
	}
	b = append(b, ids...)
	for _, w := range weights {
		u32(int(math.Float32bits(w)))
	}
	u32(len(unambiguous))
	for w, c := range unambiguous {
		str16(w)
		b = append(b, byte(c))
	}
	return b
}
