package entity

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Registry holds entities and finds them by name: Resolve for a name given
// on its own, Mentions for article text, FindInQuery for a user's question,
// Suggest for "did you mean" and Complete for autocomplete.
//
// Make one with NewRegistry or Builtin. A Registry is safe for concurrent
// use. Entities returned by its methods are shared and must not be
// modified; use Add to change an entity.
type Registry struct {
	mu      sync.Mutex
	byID    map[string]*Entity
	weights map[string]int
	// claims holds every entity's claims by folded name; Add keeps it
	// up to date, so that a change costs a rebuild of the name index
	// only, not a re-parse of every name.
	claims map[string][]*claim
	common map[string]bool // never modified
	// The parts of the lookup index (see index), each nil while stale.
	names *nameIndex
	fuzzy *fuzzyIndex
	ranks *rankIndex
}

// NewRegistry returns a registry holding the given entities, added in
// order with Add.
func NewRegistry(es ...Entity) (*Registry, error) {
	r := &Registry{
		byID:    make(map[string]*Entity, len(es)),
		weights: map[string]int{},
		claims:  map[string][]*claim{},
		common:  commonWords(),
	}
	for _, e := range es {
		if err := r.Add(e); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// Add adds an entity. If an entity with the same ID exists, the two are
// merged: the new name (if it differs), aliases, demonyms and seats are
// added to the old entity's, and an empty role or affiliation is filled
// in; adding an entity of another kind under an existing ID is an error.
// A name claimed by two entities goes to one of them by a fixed rule (see
// Conflicts).
func (r *Registry) Add(e Entity) error {
	if err := validate(e); err != nil {
		return fmt.Errorf("add entity: %w", err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	old, ok := r.byID[e.ID]
	if !ok {
		c := copyEntity(e)
		r.put(&c)
		return nil
	}
	if old.Kind != e.Kind {
		return fmt.Errorf("add entity %q: it is a %s, not a %s", e.ID, old.Kind, e.Kind)
	}
	merged := copyEntity(*old)
	merged.Aliases = appendNew(merged.Aliases, []string{merged.Name}, append([]string{e.Name}, e.Aliases...))
	merged.Demonyms = appendNew(merged.Demonyms, nil, e.Demonyms)
	merged.Seats = appendNew(merged.Seats, nil, e.Seats)
	if merged.Role == "" {
		merged.Role = e.Role
	}
	if merged.Affiliation == "" {
		merged.Affiliation = e.Affiliation
	}
	// Replace rather than modify, so that callers holding the old entity
	// never see it change under them.
	r.removeClaims(old)
	r.put(&merged)
	return nil
}

// put stores an entity and its claims and marks the index stale. The
// caller holds r.mu and has removed the claims of any entity it replaces.
func (r *Registry) put(e *Entity) {
	r.byID[e.ID] = e
	for _, c := range entityClaims(e, r.common) {
		r.claims[c.key] = append(r.claims[c.key], c)
	}
	r.names, r.fuzzy, r.ranks = nil, nil, nil
}

// removeClaims removes an entity's claims. The caller holds r.mu.
func (r *Registry) removeClaims(e *Entity) {
	for _, c := range entityClaims(e, r.common) {
		list := slices.DeleteFunc(r.claims[c.key], func(old *claim) bool { return old.id == e.ID })
		if len(list) == 0 {
			delete(r.claims, c.key)
		} else {
			r.claims[c.key] = list
		}
	}
}

// appendNew appends to list the names whose folded key is not already in
// list or in taken.
func appendNew(list, taken, names []string) []string {
	have := map[string]bool{}
	for _, n := range slices.Concat(list, taken) {
		have[keyOf(n)] = true
	}
	for _, n := range names {
		k := keyOf(n)
		if !have[k] {
			have[k] = true
			list = append(list, n)
		}
	}
	return list
}

// keyOf is the folded lookup key of a name, or "" if it has none.
func keyOf(name string) string {
	p, ok := parsePhrase(name)
	if !ok {
		return ""
	}
	return p.key()
}

// copyEntity returns e with its own copies of its slices.
func copyEntity(e Entity) Entity {
	e.Aliases = slices.Clone(e.Aliases)
	e.Demonyms = slices.Clone(e.Demonyms)
	e.Seats = slices.Clone(e.Seats)
	return e
}

// Get returns the entity with the given ID.
func (r *Registry) Get(id string) (*Entity, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	e, ok := r.byID[id]
	return e, ok
}

// Len returns the number of entities.
func (r *Registry) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.byID)
}

// Resolve finds the entity a name stands for: the name is folded (case,
// diacritics, ’ and '), a leading "the" and a trailing possessive "'s"
// are ignored, and the result must equal a folded name, alias, demonym or
// seat, or a known person's surname. "the Kremlin" resolves to Russia,
// "Turkiye's" to Turkey.
func (r *Registry) Resolve(name string) (*Entity, bool) {
	p, ok := parsePhrase(name)
	if !ok {
		return nil, false
	}
	c, ok := r.index(0).byKey[p.key()]
	if !ok {
		return nil, false
	}
	return c.entity, true
}

// All returns every entity, sorted by ID.
func (r *Registry) All() []*Entity {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]*Entity, 0, len(r.byID))
	for _, e := range r.byID {
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b *Entity) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// Clone returns an independent copy of the registry: adding to or
// weighting one does not change the other.
func (r *Registry) Clone() *Registry {
	r.mu.Lock()
	defer r.mu.Unlock()
	c := &Registry{
		byID:    make(map[string]*Entity, len(r.byID)),
		weights: make(map[string]int, len(r.weights)),
		claims:  make(map[string][]*claim, len(r.claims)),
		common:  r.common,
	}
	for _, e := range r.byID {
		ce := copyEntity(*e)
		c.put(&ce)
	}
	for id, w := range r.weights {
		c.weights[id] = w
	}
	return c
}

// SetWeight records how often the entity with the given ID is mentioned;
// Complete and Suggest list heavier entities first. A weight for an ID
// not (yet) in the registry is kept and applies once it is added.
func (r *Registry) SetWeight(id string, n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.weights[id] == n {
		return
	}
	r.weights[id] = n
	r.ranks = nil
}

// Weight returns the weight set for an ID, or 0.
func (r *Registry) Weight(id string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.weights[id]
}

// Conflicts lists the names claimed by more than one entity, sorted by key,
// so that a knowledge file's author can check who wins each.
func (r *Registry) Conflicts() []Conflict {
	return slices.Clone(r.index(0).conflicts)
}
