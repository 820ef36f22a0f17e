package entity

// index is a view of the parts of a registry's lookup index that one call
// needs. Each part is built on first use after a change that affects it
// and never modified once built, so a view stays valid after the
// registry's lock is released; parts not asked for are nil.
type index struct {
	*nameIndex
	*fuzzyIndex
	*rankIndex
	// common are common English words (see commonwords.txt).
	common map[string]bool
}

// The parts of the index a call can ask for besides the names.
const (
	needFuzzy = 1 << iota
	needRanks
)

// index returns the name index and the other parts need asks for,
// building those that are stale.
func (r *Registry) index(need int) index {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.names == nil {
		r.names = buildNameIndex(r.claims)
	}
	ix := index{nameIndex: r.names, common: r.common}
	if need&needFuzzy != 0 {
		if r.fuzzy == nil {
			r.fuzzy = buildFuzzyIndex(r.names, r.byID, r.common)
		}
		ix.fuzzyIndex = r.fuzzy
	}
	if need&needRanks != 0 {
		if r.ranks == nil {
			r.ranks = buildRankIndex(r.byID, r.weights)
		}
		ix.rankIndex = r.ranks
	}
	return ix
}
