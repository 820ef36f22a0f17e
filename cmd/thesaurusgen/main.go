// Command thesaurusgen derives the thesaurus package's word lists from a
// Princeton WordNet 3.0 database (Debian's wordnet-base package installs
// one in /usr/share/wordnet):
//
//	go run ./cmd/thesaurusgen -dict /usr/share/wordnet -out thesaurus
//
// It writes related.txt (each word and the words it shares a common sense
// with), derived.txt (each word and the words derived from it or it from
// them, in common senses), exceptions.txt (irregular forms and their base
// forms) and words.txt (the common English words, one a line).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/crisisbot/bot/internal/wordnet"
)

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "WordNet 3.0 dict `DIR`")
	out := flag.String("out", "thesaurus", "output `DIR`")
	share := flag.Float64("share", 0.1, "smallest share of a lemma's tagged uses that a sense must have to count")
	flag.Parse()
	if err := run(*dict, *out, *share); err != nil {
		fmt.Fprintln(os.Stderr, "thesaurusgen:", err)
		os.Exit(1)
	}
}

// header starts each file written: where it comes from and its licence.
const header = "# Derived from Princeton WordNet 3.0 by cmd/thesaurusgen; do not edit.\n" +
	"# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n" +
	"# Its licence is in LICENSE-WordNet beside this file.\n"

func run(dict, out string, share float64) error {
	db, err := wordnet.Read(dict)
	if err != nil {
		return err
	}
	related := db.Related(share)
	if err := write(filepath.Join(out, "related.txt"), "# word<TAB>words sharing one of its common senses\n", related); err != nil {
		return err
	}
	if err := write(filepath.Join(out, "derived.txt"), "# word<TAB>words derived from it, or it from them, in common senses of both\n", db.Derived(share)); err != nil {
		return err
	}
	// Only the irregular forms of common words and of words that have
	// related words matter.
	common := map[string][]string{}
	for _, w := range db.Words() {
		common[w] = nil
	}
	exceptions := map[string][]string{}
	for form, bases := range db.Exceptions {
		var kept []string
		for _, b := range bases {
			_, isRelated := related[b]
			_, isCommon := common[b]
			if (isRelated || isCommon) && !slices.Contains(kept, b) {
				kept = append(kept, b)
			}
		}
		if len(kept) > 0 && strings.IndexFunc(form, func(r rune) bool { return r == '_' || r == '-' }) < 0 {
			exceptions[form] = kept
		}
	}
	if err := write(filepath.Join(out, "exceptions.txt"), "# irregular form<TAB>its base forms\n", exceptions); err != nil {
		return err
	}
	return write(filepath.Join(out, "words.txt"), "# words used in a common sense in WordNet's Semantic Concordance\n", common)
}

// write writes lists as sorted "key<TAB>value value…" lines, or a line
// of the key alone for a nil list.
func write(path, about string, lists map[string][]string) error {
	keys := make([]string, 0, len(lists))
	for k := range lists {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	w.WriteString(header + about)
	for _, k := range keys {
		if lists[k] == nil {
			fmt.Fprintln(w, k)
			continue
		}
		fmt.Fprintf(w, "%s\t%s\n", k, strings.Join(lists[k], " "))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}
