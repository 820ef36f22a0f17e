package corpus

import (
	"errors"
	"fmt"
)

// ParseError is an error in an article file, located at a line.
type ParseError struct {
	// File is the file name as given to Parse.
	File string
	// Line is the 1-based line at fault, or 0 when the fault is the
	// file's name rather than its content.
	Line int
	// Msg says what is wrong, without the file and line.
	Msg string
}

// Error returns "file:line: message", or "file: message" when Line is 0.
func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Problem is a file that Load skipped, and why.
type Problem struct {
	// File is the file's name, with the directory for LoadDir.
	File string
	// Line is the 1-based line at fault, or 0 when no line is to blame
	// (the file could not be read).
	Line int
	// Err is the cause; a *ParseError when the file's content is at fault.
	Err error
}

// Error returns "file:line: message", or "file: message" when Line is 0.
func (p Problem) Error() string {
	msg := "unknown error"
	var pe *ParseError
	switch {
	case errors.As(p.Err, &pe):
		msg = pe.Msg
	case p.Err != nil:
		msg = p.Err.Error()
	}
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, msg)
	}
	return fmt.Sprintf("%s: %s", p.File, msg)
}

// Unwrap returns the cause, for errors.As and errors.Is.
func (p Problem) Unwrap() error { return p.Err }

// problemFrom turns a parse failure into a Problem.
func problemFrom(file string, err error) Problem {
	var pe *ParseError
	if errors.As(err, &pe) {
		return Problem{File: file, Line: pe.Line, Err: err}
	}
	return Problem{File: file, Err: err}
}
