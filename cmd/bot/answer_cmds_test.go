package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

func TestAskJSONShape(t *testing.T) {
	status, out, errOut := runBot(t, "ask", "What did China say at the UN?", "--json")
	if status != exitOK {
		t.Fatalf("status %d: %s", status, errOut)
	}
	var ans map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	for _, k := range []string{"question", "entities", "notice", "results"} {
		if _, ok := ans[k]; !ok {
			t.Errorf("answer lacks %q", k)
		}
	}
	var results []map[string]json.RawMessage
	if err := json.Unmarshal(ans["results"], &results); err != nil || len(results) == 0 {
		t.Fatalf("results: %v (%d)", err, len(results))
	}
	want := []string{"article", "highlights", "outlet", "paragraph", "published", "score", "statements", "text", "title", "url"}
	for _, k := range want {
		if _, ok := results[0][k]; !ok {
			t.Errorf("result lacks %q (has %v)", k, sortedKeys(results[0]))
		}
	}
	var statements []map[string]json.RawMessage
	if err := json.Unmarshal(results[0]["statements"], &statements); err != nil || len(statements) == 0 {
		t.Fatalf("statements of the first result: %v (%d)", err, len(statements))
	}
	for _, k := range []string{"kind", "text", "speaker", "speaker_id", "role", "affiliation"} {
		if _, ok := statements[0][k]; !ok {
			t.Errorf("statement lacks %q", k)
		}
	}
	if !strings.Contains(string(results[0]["text"]), "The use of force cannot solve problems") {
		t.Errorf("first result is not Fu Cong's statement: %s", results[0]["text"])
	}
}

func TestAskAboutAbsentCountryListsNothing(t *testing.T) {
	status, out, _ := runBot(t, "ask", "What is Brazil's position?", "--json")
	if status != exitOK {
		t.Fatalf("status %d", status)
	}
	var ans struct {
		Notice  string            `json:"notice"`
		Results []json.RawMessage `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatal(err)
	}
	if len(ans.Results) != 0 || !strings.Contains(ans.Notice, "Brazil") {
		t.Errorf("notice %q with %d results, want a notice naming Brazil and no results", ans.Notice, len(ans.Results))
	}
}

func TestUnknownEntityExitsThree(t *testing.T) {
	for _, args := range [][]string{{"position", "Zzyzxland"}, {"who", "Qwertyuiop Asdfgh"}} {
		status, _, errOut := runBot(t, args...)
		if status != exitUnknown {
			t.Errorf("%v: status %d, want %d (stderr %q)", args, status, exitUnknown, errOut)
		}
	}
}

func TestEvalMinHit3(t *testing.T) {
	questions := "../../answer/testdata/questions.jsonl"
	status, out, errOut := runBot(t, "eval", questions)
	if status != exitOK {
		t.Fatalf("status %d: %s", status, errOut)
	}
	if !strings.Contains(out, "engine") || !strings.Contains(out, "baseline") {
		t.Errorf("eval output lacks the engine or baseline row:\n%s", out)
	}
	// No engine reaches a hit@3 above 1, so this must fail.
	if status, _, _ := runBot(t, "eval", questions, "--min-hit3", "1.01"); status != exitError {
		t.Errorf("--min-hit3 1.01: status %d, want %d", status, exitError)
	}
}

func TestEvalSeveralFiles(t *testing.T) {
	questions := "../../answer/testdata/questions.jsonl"
	status, out, errOut := runBot(t, "eval", questions, questions)
	if status != exitOK {
		t.Fatalf("status %d: %s", status, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[3], "all 2 files") {
		t.Fatalf("want a header, a row per file and one for all:\n%s", out)
	}
	// The same file twice: all its questions twice, the same scores.
	file, all := strings.Fields(lines[1]), strings.Fields(lines[3])
	n, _ := strconv.Atoi(file[1])
	if total, _ := strconv.Atoi(all[3]); total != 2*n {
		t.Errorf("all: %d questions, want %d", total, 2*n)
	}
	if !strings.HasPrefix(all[4], file[2]) {
		t.Errorf("all: hit@1 %s, want that of each file, %s", all[4], file[2])
	}
	if status, _, _ := runBot(t, "eval"); status != exitUsage {
		t.Errorf("eval with no file: status %d, want %d", status, exitUsage)
	}
}

func TestPersistentIndex(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	status, out, errOut := runBot(t, "index", "--out", dir)
	if status != exitOK || !strings.Contains(out, "indexed") {
		t.Fatalf("index: status %d, out %q, err %q", status, out, errOut)
	}
	// The extraction is saved beside the index, so that the bot started on
	// it (as in the Docker image) does not extract the corpus again.
	if _, err := os.Stat(filepath.Join(dir, "crisisbot-extraction.gob")); err != nil {
		t.Errorf("bot index did not save the extraction beside the index: %v", err)
	}
	status, out, errOut = runBotEnv(t, map[string]string{"BOT_INDEX": dir}, "ask", "How many drones did Iran add?")
	if status != exitOK || !strings.Contains(out, "1,000 new") {
		t.Fatalf("ask with BOT_INDEX: status %d, err %q\n%s", status, errOut, out)
	}
	status, out, errOut = runBot(t, "ask", "How many drones did Iran add?", "--index", dir)
	if status != exitOK || !strings.Contains(out, "1,000 new") {
		t.Fatalf("ask --index: status %d, err %q\n%s", status, errOut, out)
	}
}

func TestCorpusFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	article := "---\ntitle: Test\nurl: https://example.org/a\npublished: 2026-03-01\n---\n\n" +
		"Brazilian Foreign Minister Mauro Vieira said on Monday that Brazil opposed any strike on Iran.\n"
	if err := os.WriteFile(filepath.Join(dir, "brazil.md"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	status, out, errOut := runBotEnv(t, map[string]string{"BOT_CORPUS": dir}, "position", "Brazil")
	if status != exitOK || !strings.Contains(out, "Mauro Vieira") {
		t.Fatalf("status %d, err %q\n%s", status, errOut, out)
	}
}

func sortedKeys(m map[string]json.RawMessage) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
