package entity

// Registry holds entities and finds them by name. The entity package's
// owner fills in its fields and methods; see docs/ARCHITECTURE.md.
type Registry struct {
	byID map[string]*Entity
}
