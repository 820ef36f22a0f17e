package attribution

import (
	"fmt"
	"testing"
	"time"

	"github.com/crisisbot/bot/corpus"
)

// corpusOf returns n paragraphs or more: copies of the built-in and own
// articles under new IDs.
func corpusOf(t testing.TB, n int) []*corpus.Article {
	t.Helper()
	base := append(builtinArticles(t), ownArticles(t)...)
	var arts []*corpus.Article
	count := 0
	for i := 0; count < n; i++ {
		src := base[i%len(base)]
		cp := *src
		cp.ID = fmt.Sprintf("%s_copy%d", src.ID, i)
		arts = append(arts, &cp)
		count += len(cp.Paragraphs)
	}
	return arts
}

// TestExtractScales extracts 100,000 paragraphs and checks that time grows
// no faster than the corpus: ten times the paragraphs may take at most
// twenty times as long.
func TestExtractScales(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("large corpus: skipped in short mode and under the race detector")
	}
	reg := builtinRegistry(t)
	small, large := corpusOf(t, 10_000), corpusOf(t, 100_000)
	start := time.Now()
	Extract(small, reg)
	smallTime := time.Since(start)
	start = time.Now()
	res := Extract(large, reg)
	largeTime := time.Since(start)
	t.Logf("10k paragraphs: %v; %d paragraphs: %v (%d statements)", smallTime, len(res.Passages), largeTime, len(res.Statements))
	if largeTime > 20*smallTime+time.Second {
		t.Errorf("10x the paragraphs took %.1fx the time", float64(largeTime)/float64(smallTime))
	}
}

func BenchmarkExtract(b *testing.B) {
	reg := builtinRegistry(b)
	arts := corpusOf(b, 10_000)
	b.ResetTimer()
	for range b.N {
		Extract(arts, reg)
	}
}
