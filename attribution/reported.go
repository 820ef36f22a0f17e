package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crisisbot/bot/entity"
)

// reportedStatements makes indirect statements of a sentence: the clause
// a speech verb reports ("Russia said there was room for negotiation"),
// the act a verb reports from the verb on ("urged all countries to abide
// by …"), a sentence attributed at its end (", he said.") and one
// attributed with "according to".
func (x *extractor) reportedStatements(a *articleCtx, s *sentence) []Statement {
	var out []Statement
	covered := -1 // verbs before this token are inside an earlier statement
	for _, h := range s.hits {
		if h.at < covered || h.subject == nil {
			continue
		}
		from, to, ok := x.complement(s, h)
		if !ok {
			continue
		}
		start, end := trimReported(s.p.Text, s.toks[from].Start, s.toks[to-1].End)
		if wordCount(s.p.Text[start:end]) < 2 {
			continue
		}
		out = append(out, x.statement(s.p, Indirect, start, end, h.subject))
		a.spoke(h.subject)
		if to > covered {
			covered = to
		}
	}
	for _, acc := range s.accordings() {
		if st, ok := x.accordingTo(a, s, acc); ok {
			out = append(out, st)
		}
	}
	return out
}

// complement returns the tokens [from, to) a speech verb reports, and
// false when it reports a quotation or nothing the extractor can delimit.
func (x *extractor) complement(s *sentence, h *verbHit) (from, to int, ok bool) {
	toks := s.toks
	n := len(toks)
	j := s.afterTime(h.end)
	e := h.sense.entry
	if j < n && toks[j].Kind == quoteToken {
		return 0, 0, false
	}
	if h.inverted {
		// "…, said Leila Farrokhzad, a senior fellow …": what follows
		// the verb is its subject.
		return s.trailing(h)
	}
	that := s.thatAfter(h, e.flags&objectFirst != 0)
	// "vowed to stop …", "urged all sides to …": an infinitive reports
	// an act, verb and all.
	infinitive := j+1 < n && toks[j].is("to") && toks[j+1].Kind == wordToken && !toks[j+1].isCapitalised() && !isDeterminer(toks[j+1].Lower)
	// "said about 400 trucks crossed": a number, not a preposition's
	// object, opens the clause.
	approx := j+1 < n && toks[j].is("about", "around", "over", "nearly", "almost", "roughly", "some", "up") && len(toks[j+1].Text) > 0 && toks[j+1].Text[0] >= '0' && toks[j+1].Text[0] <= '9'
	switch {
	case e.flags&negating != 0 || infinitive:
		from = s.verbStart(h)
	case that >= 0:
		from = that + 1
	case approx && e.flags&clausal != 0:
		from = j
	case j+1 < n && toks[j].is("against") && e.lemma != "tell":
		// "cautioned against reading too much into the deal": what the
		// speaker argued against is an act, verb and all.
		from = s.verbStart(h)
	case s.onlyAdjuncts(j), e.lemma == "tell" && s.audienceOnly(j):
		// "…, an official told Reuters, describing …": the sentence
		// before the attribution is the statement.
		return s.trailing(h)
	case e.flags&clausal != 0 && e.flags&needsThat == 0 && e.lemma != "tell" && toks[j].Kind == wordToken && !isPreposition(toks[j].Lower):
		from = j
	case e.flags&objectFirst != 0 && s.afterAudience(j) > j:
		// "told reporters the leaders had agreed …"
		from = s.afterAudience(j)
	case e.flags&clausal == 0 || e.flags&objectFirst != 0:
		if e.lemma == "tell" {
			return 0, 0, false
		}
		from = s.verbStart(h)
	default:
		return 0, 0, false
	}
	if from >= n {
		return 0, 0, false
	}
	to = s.clauseEnd(h, from)
	if to <= from {
		return 0, 0, false
	}
	// A clause that is all quotation ("wrote that “…”") is the quote's.
	if toks[from].Kind == quoteToken && (to == from+1 || to == from+2 && toks[from+1].Text == ".") {
		return 0, 0, false
	}
	return from, to, true
}

// afterAudience returns where the clause starts after the audience of
// "told reporters", "told the BBC", "told state television", or j when
// no audience and clause follow.
func (s *sentence) afterAudience(j int) int {
	toks := s.toks
	k := j
	for k < len(toks) && k < j+2 && toks[k].is("the", "a", "state", "local", "foreign") {
		k++ // "the BBC", "state television"
	}
	for k < len(toks) && toks[k].Kind == wordToken && (toks[k].isCapitalised() || isAudience(toks[k].Lower)) {
		if k > j && isAcronym(toks[k-1].Text) && s.p.mentionStartsAt(toks[k].Start) {
			break // "told the BBC Iran was ready": the clause opens with Iran
		}
		k++
	}
	if k == j || k >= len(toks) || !isAudience(toks[k-1].Lower) && !toks[k-1].isCapitalised() {
		return j
	}
	// A clause opens after the audience: "the leaders had agreed", "Iran
	// was ready", "it would".
	if t := toks[k]; t.Kind != wordToken || !(isDeterminer(t.Lower) || isPronoun(t.Lower) || t.isCapitalised() || t.is("there")) {
		return j
	}
	return k
}

// audienceOnly reports whether the tokens from j on are an audience
// ("Reuters", "the BBC", "reporters") closed by a comma or the sentence's
// end, with no clause after it.
func (s *sentence) audienceOnly(j int) bool {
	toks := s.toks
	k := j
	for k < len(toks) && k < j+2 && toks[k].is("the", "a", "state", "local", "foreign") {
		k++
	}
	for k < len(toks) && toks[k].Kind == wordToken && (toks[k].isCapitalised() || isAudience(toks[k].Lower)) {
		k++
	}
	return k > j && (k == len(toks) || toks[k].Text == "," || toks[k].Text == ".")
}

// verbStart returns where a statement that keeps its verb starts: at the
// verb, or at the adverbs in -ly just before it ("strongly criticised").
func (s *sentence) verbStart(h *verbHit) int {
	from := h.at
	for from > 0 && s.toks[from-1].Kind == wordToken && strings.HasSuffix(s.toks[from-1].Lower, "ly") && isAuxiliary(s.toks[from-1].Lower) {
		from--
	}
	return from
}

// onlyAdjuncts reports whether tokens from j on hold no clause: nothing,
// a comma, or prepositional phrases ("said in a short statement.").
func (s *sentence) onlyAdjuncts(j int) bool {
	toks := s.toks
	if j >= len(toks) || toks[j].Text == "," || toks[j].Text == "." {
		return true
	}
	if !isPreposition(toks[j].Lower) || toks[j].is("to") && j+1 < len(toks) && !toks[j+1].isCapitalised() && !isDeterminer(toks[j+1].Lower) {
		return false
	}
	for k := j; k < len(toks); k++ {
		t := toks[k]
		if t.Kind == quoteToken || t.Text == "," {
			return t.Text == ","
		}
		if isFiniteAuxiliary(t) {
			return false
		}
	}
	return true
}

// trailing handles an attribution at the end of a sentence, "…, he
// said.": the statement is what comes before the comma, unless a speech
// verb or a quotation there already accounts for it.
func (s *sentence) trailing(h *verbHit) (from, to int, ok bool) {
	comma := -1
	switch {
	case h.inverted && h.at > 0 && s.toks[h.at-1].Text == ",":
		comma = h.at - 1
	case h.subjectFrom > 0 && s.toks[h.subjectFrom-1].Text == ",":
		comma = h.subjectFrom - 1
	}
	if comma <= 0 || h.inherited {
		return 0, 0, false
	}
	// “…,” he said: the quotation is the statement.
	if s.toks[0].Kind == quoteToken {
		return 0, 0, false
	}
	for k := 0; k < comma; k++ {
		if s.toks[k].is("according") {
			return 0, 0, false
		}
	}
	start := s.afterDateline()
	for _, other := range s.hits {
		// "Iran warned that …, state media said": the sentence is
		// Iran's. But a state's or body's act ("Pakistan has asked the United States for
		// …, the Foreign Office said") or a verb in a clause of its own
		// ("a tanker that Washington says was …, the Pentagon said") is
		// part of what the sentence's speaker reports.
		// A person's act ("Dar expressed concern …, his office said")
		// stays the person's.
		act := other.sense.entry.flags&clausal == 0 && (other.subject == nil || other.subject.kind != entity.Person)
		embedded := other.subjectFrom > start && s.toks[other.subjectFrom-1].is("that", "which", "who", "whom", "as", "because", "while", "when", "if")
		if other.at < comma && !act && !embedded {
			return 0, 0, false
		}
	}
	return start, comma, true
}

// afterDateline returns the first token after a dateline that opens the
// sentence ("BRUSSELS —", "DUBAI, Feb 7 (Reuters) -", "ISLAMABAD:"), or 0.
func (s *sentence) afterDateline() int {
	toks := s.toks
	if len(toks) == 0 || !isAcronym(toks[0].Text) {
		return 0
	}
	for k := 1; k < len(toks) && k < 10; k++ {
		switch t := toks[k]; {
		case t.Text == "—" || t.Text == "–" || t.Text == "-" || t.Text == ":":
			return k + 1
		case t.Kind != wordToken && t.Text != "," && t.Text != "(" && t.Text != ")" && t.Text != ".":
			return 0
		}
	}
	return 0
}

// clauseEnd returns where the statement that starts at token from ends:
// at the end of the sentence, or where another report begins ("…, but
// stated that", "… and urged", ", warning that", ", although he
// reiterated", ", according to").
func (s *sentence) clauseEnd(h *verbHit, from int) int {
	toks := s.toks
	for _, h2 := range s.hits {
		if h2.at <= from || h2 == h {
			continue
		}
		if h2.inherited || (h2.subjectFrom > 0 && s.isBoundary(h2.subjectFrom-1)) {
			cut := h2.at
			if !h2.inherited && h2.subjectFrom >= 0 {
				cut = h2.subjectFrom
			}
			for cut > from && toks[cut-1].Kind == wordToken && (isAuxiliary(toks[cut-1].Lower) || isClauseJoin(toks[cut-1].Lower)) {
				cut--
			}
			for cut > from && (toks[cut-1].Text == "," || toks[cut-1].Text == ";") {
				cut--
			}
			return cut
		}
	}
	for _, h2 := range s.hits {
		if h2.at > from && h2 != h && !h2.inherited {
			if comma := s.appositiveRelative(h2, from); comma > 0 {
				return comma
			}
		}
	}
	for k := from; k+1 < len(toks); k++ {
		if toks[k].Text == "," && toks[k+1].is("according") {
			return k
		}
	}
	if s.inRelativeAside(h) {
		// "The raids, which the army said hit two depots, were the
		// first …": the aside ends at its closing comma.
		for k := from; k < len(toks); k++ {
			if toks[k].Text == "," || toks[k].Text == ";" || isDash(toks[k].Text) {
				return k
			}
		}
	}
	return len(toks)
}

// appositiveRelative returns the comma before an appositive whose
// relative clause reports someone else's words, ", a step that analysts
// said could …", or 0: what follows the comma is the embedded speaker's,
// not the main one's.
func (s *sentence) appositiveRelative(h *verbHit, from int) int {
	r := h.subjectFrom - 1
	if r < 2 || r <= from || !s.toks[r].is("that", "which") {
		return 0
	}
	for k := r - 1; k > from && k >= r-6; k-- {
		t := s.toks[k]
		if t.Kind != wordToken {
			return 0
		}
		if t.is("a", "an") && s.toks[k-1].Text == "," {
			return k - 1
		}
	}
	return 0
}

// inRelativeAside reports whether a verb's subject opens a relative clause
// set off by a comma, whose object is the noun before it: ", which the
// army said …", ", which officials say …".
func (s *sentence) inRelativeAside(h *verbHit) bool {
	for _, r := range []int{h.subjectFrom, h.subjectFrom - 1} {
		if r >= 1 && s.toks[r].is("which", "whom") && (s.toks[r-1].Text == "," || isDash(s.toks[r-1].Text)) {
			return true
		}
	}
	return false
}

// isBoundary reports whether token i ends a clause: a comma, semicolon or
// a word that joins clauses.
func (s *sentence) isBoundary(i int) bool {
	t := s.toks[i]
	if t.Kind == quoteToken {
		// “… into the abyss,” his office said: the comma is inside.
		inner := strings.TrimRight(t.Text, "”\"’' ")
		return strings.HasSuffix(inner, ",")
	}
	return t.Text == "," || t.Text == ";" || (t.Kind == wordToken && isClauseJoin(t.Lower))
}

// accordingTo makes a statement of a sentence attributed with "According
// to X, …" or "…, according to X." when no speech verb in it names a
// speaker of its own.
func (x *extractor) accordingTo(a *articleCtx, s *sentence, acc accordingPair) (Statement, bool) {
	src, clause := acc.src, acc.clause
	if clause.to-clause.from == 1 && s.toks[clause.from].Kind == quoteToken {
		return Statement{}, false // a quotation: quoteStatements credits it
	}
	for _, h := range s.hits {
		if h.at >= clause.from && h.at < clause.to && h.subject != nil {
			return Statement{}, false
		}
	}
	for k := clause.from; k < clause.to; k++ {
		if s.toks[k].Kind == quoteToken && !s.isTerm(k) {
			return Statement{}, false // quoteStatements credits it
		}
	}
	who := x.accordingSource(a, s, src)
	if who == nil {
		return Statement{}, false
	}
	start, end := trimReported(s.p.Text, s.toks[clause.from].Start, s.toks[clause.to-1].End)
	if wordCount(s.p.Text[start:end]) < 2 {
		return Statement{}, false
	}
	a.spoke(who)
	return x.statement(s.p, Indirect, start, end, who), true
}

// tokenRange is a range of a sentence's tokens, toks[from:to].
type tokenRange struct{ from, to int }

// accordingPair is a source named with "according to" and the clause it
// vouches for.
type accordingPair struct{ src, clause tokenRange }

// accordings finds the sources a sentence names with "according to",
// each with its own clause: "A, according to X, and B, according to Y"
// gives X for A and Y for B.
func (s *sentence) accordings() []accordingPair {
	var out []accordingPair
	from := 0
	for from < len(s.toks) {
		src, clause, next, ok := s.according(from)
		if !ok {
			break
		}
		out = append(out, accordingPair{src, clause})
		if next <= from {
			break
		}
		from = next
	}
	return out
}

// according finds "According to X, …" or "…, according to X" in the
// tokens from from on: the tokens of the source X and of the clause it
// vouches for, and where to look for another (len(toks) if there is
// none).
func (s *sentence) according(from int) (src, clause tokenRange, next int, ok bool) {
	toks := s.toks
	n := len(toks)
	at := -1
	for k := from; k+1 < n; k++ {
		if toks[k].is("according") && toks[k+1].is("to") {
			at = k
			break
		}
	}
	switch {
	case at < 0:
		return src, clause, n, false
	case at == from:
		for k := at + 2; k < n; k++ {
			if toks[k].Text == "," {
				return tokenRange{at + 2, k}, tokenRange{k + 1, n}, n, k+1 < n
			}
		}
		return src, clause, n, false
	case toks[at-1].Text == ",":
		for k := at + 2; k+1 < n; k++ {
			if toks[k].Text != "," {
				continue
			}
			if toks[k+1].is("which", "who") {
				// "A, according to a statement from X, which said B":
				// the source is described, the clause is A.
				return tokenRange{at + 2, k}, tokenRange{from, at - 1}, n, at-1 > from
			}
			if j := k + 1; toks[j].Kind == wordToken && toks[j].is("and", "but", "while", "whereas") && s.accordingAfter(j) {
				// "A, according to X, and B, according to Y": the
				// source closes its clause; the next clause has its own.
				return tokenRange{at + 2, k}, tokenRange{from, at - 1}, j + 1, at-1 > from
			}
			// "The central problem, according to several officials,
			// is sequencing": the aside stays in the statement.
			return tokenRange{at + 2, k}, tokenRange{from, n}, n, true
		}
		return tokenRange{at + 2, n}, tokenRange{from, at - 1}, n, at-1 > from
	case toks[at-1].Kind == quoteToken:
		// “…,” according to a statement: the comma is in the quote.
		return tokenRange{at + 2, n}, tokenRange{from, at}, n, true
	}
	return src, clause, n, false
}

// accordingAfter reports whether "according to" comes after token k.
func (s *sentence) accordingAfter(k int) bool {
	for ; k+1 < len(s.toks); k++ {
		if s.toks[k].is("according") && s.toks[k+1].is("to") {
			return true
		}
	}
	return false
}

// accordingSource resolves the source of "according to": "a news release
// by the Iranian government" is the body after "by" or "from"; a named
// source the registry does not know ("Lloyd’s List") speaks for itself.
func (x *extractor) accordingSource(a *articleCtx, s *sentence, src tokenRange) *speaker {
	for k := src.to - 1; k > src.from; k-- {
		if s.toks[k].is("by") && s.toks[k-1].is("seen", "obtained", "reviewed", "viewed") {
			// "according to a draft seen by Reuters": the outlet read
			// the document; it does not say what the document says.
			return nil
		}
		if s.toks[k].is("by", "from") {
			src.from = k + 1
			break
		}
	}
	for src.to > src.from && s.toks[src.to-1].Kind == punctToken {
		src.to-- // "according to Lloyd’s List Intelligence."
	}
	if src.from >= src.to {
		return nil
	}
	who := x.resolvePhrase(a, s, src.from, src.to)
	if who == nil && s.toks[src.from].isCapitalised() {
		name := s.p.Text[s.toks[src.from].Start:s.toks[src.to-1].End]
		who = x.newSpeaker(name, entity.Organisation, "self")
	}
	return who
}

// trimReported trims spaces and the sentence's own closing punctuation
// from a reported clause.
func trimReported(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) && r != ',' {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) && !strings.ContainsRune(",;:.", r) {
			break
		}
		end -= n
	}
	return start, end
}

func wordCount(s string) int {
	return len(strings.Fields(s))
}
