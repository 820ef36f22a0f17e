//go:build !race

package attribution

// raceEnabled is set when the tests run under the race detector, which
// makes large-corpus tests too slow to be worth running.
const raceEnabled = false
