package search

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

func TestOpenOnDiskReusesAndRebuilds(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	passages := loadPassages(t)

	first, err := Open(ctx, passages, Options{Dir: dir, BatchSize: 3})
	if err != nil {
		t.Fatal(err)
	}
	n, err := first.Len()
	if err != nil || n != len(passages) {
		t.Fatalf("Len = %d, %v; want %d", n, err, len(passages))
	}
	hash := first.CorpusHash()
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	stamp := modTime(t, filepath.Join(dir, "index_meta.json"))

	// Same passages: the index is reused, not rebuilt.
	time.Sleep(10 * time.Millisecond)
	second, err := Open(ctx, passages, Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if second.CorpusHash() != hash {
		t.Errorf("hash changed: %s, want %s", second.CorpusHash(), hash)
	}
	if got := modTime(t, filepath.Join(dir, "index_meta.json")); !got.Equal(stamp) {
		t.Errorf("index rebuilt for an unchanged corpus")
	}
	if err := second.Close(); err != nil {
		t.Fatal(err)
	}

	// Changed passages: rebuilt, and the change is searchable.
	changed := loadPassages(t)
	changed[0].Paragraph.Text = "Zeppelins over the region"
	third, err := Open(ctx, changed, Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer third.Close()
	if third.CorpusHash() == hash {
		t.Fatal("hash did not change with the corpus")
	}
	resp, err := third.Search(ctx, Request{Words: "zeppelin", Headings: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Hits) == 0 || resp.Hits[0].ID != "regional#1" || len(resp.Hits[0].Matched) == 0 {
		t.Errorf("rebuilt index: hits %v for a new word, want regional#1 first", hitIDs(resp))
	}
}

func TestOpenRebuildsOnMappingVersion(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	passages := loadPassages(t)
	idx, err := Build(ctx, passages, Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if err := idx.bleve.SetInternal([]byte(keyMappingVersion), []byte("0")); err != nil {
		t.Fatal(err)
	}
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenReadOnly(dir); err == nil {
		t.Fatal("OpenReadOnly accepted an index of another mapping version")
	}
	idx, err = Open(ctx, passages, Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	if _, err := OpenReadOnly(dir); err != nil {
		t.Fatalf("after rebuild: %v", err)
	}
}

// TestOpenReadOnlyTwice opens the index that one "process" serves from two
// more at once; none of them may wait for another's lock.
func TestOpenReadOnlyTwice(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	serving, err := Open(ctx, loadPassages(t), Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer serving.Close()

	done := make(chan error, 2)
	for range 2 {
		go func() {
			idx, err := OpenReadOnly(dir)
			if err != nil {
				done <- err
				return
			}
			_, err = idx.Search(ctx, Request{Words: "armada"})
			if cerr := idx.Close(); err == nil {
				err = cerr
			}
			done <- err
		}()
	}
	for range 2 {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("OpenReadOnly blocked on a lock")
		}
	}
}

func TestBuildRefusesForeignDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(context.Background(), loadPassages(t), Options{Dir: dir}); err == nil {
		t.Fatal("Build overwrote a directory that is not an index")
	}
	if _, err := os.Stat(filepath.Join(dir, "notes.txt")); err != nil {
		t.Fatalf("file removed: %v", err)
	}
}

func TestBuildCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Build(ctx, loadPassages(t), Options{}); err == nil {
		t.Fatal("Build ignored a cancelled context")
	}
}

func modTime(t *testing.T, path string) time.Time {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.ModTime()
}

func TestProgressBarOnlyOnTerminalsForLargeCorpora(t *testing.T) {
	var buf bytes.Buffer
	if bar := newProgressBar(&buf, 1_000_000); bar != nil {
		t.Error("progress bar on a buffer")
	}
	if bar := newProgressBar(nil, 1_000_000); bar != nil {
		t.Error("progress bar without a writer")
	}
	f, err := os.CreateTemp(t.TempDir(), "progress")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if bar := newProgressBar(f, 1_000_000); bar != nil {
		t.Error("progress bar on a regular file")
	}
	if _, err := Build(context.Background(), loadPassages(t), Options{Progress: f, BatchSize: 2}); err != nil {
		t.Fatal(err)
	}
	if st, _ := f.Stat(); st.Size() != 0 {
		t.Errorf("%d bytes of progress written to a file", st.Size())
	}
}

// TestOpenReadOnlyFromAnotherProcess runs this test binary again as a
// second process that opens and searches the index this one serves.
func TestOpenReadOnlyFromAnotherProcess(t *testing.T) {
	const env = "SEARCH_TEST_READ_ONLY_DIR"
	if dir := os.Getenv(env); dir != "" {
		idx, err := OpenReadOnly(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer idx.Close()
		resp, err := idx.Search(context.Background(), Request{Words: "armada"})
		if err != nil || len(resp.Hits) == 0 {
			t.Fatalf("search from a second process: %d hits, %v", len(resp.Hits), err)
		}
		return
	}
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	serving, err := Open(ctx, loadPassages(t), Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer serving.Close()
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestOpenReadOnlyFromAnotherProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), env+"="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("second process: %v\n%s", err, out)
	}
}

// TestOpenReadOnlyDuringBuild checks that a reader gives up, rather than
// hangs, while a writer holds the index.
func TestOpenReadOnlyDuringBuild(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	writer, err := Build(context.Background(), loadPassages(t), Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	done := make(chan error, 1)
	go func() {
		idx, err := OpenReadOnly(dir)
		if err == nil {
			_ = idx.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil {
			t.Log("the platform's locks let a reader in beside the writer")
		}
	case <-time.After(15 * time.Second):
		t.Fatal("OpenReadOnly hung on the writer's lock")
	}
}
