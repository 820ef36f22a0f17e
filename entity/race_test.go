//go:build race

package entity

// raceEnabled is true when the tests run under the race detector.
const raceEnabled = true
