package loaders

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
)

// Row is one line of a knowledge table: its tab-separated fields and where it came from.
type Row struct {
	File   string
	Line   int
	Fields []string
}

// Field returns field i, or "" when the row is shorter.
func (r Row) Field(i int) string {
	if i < len(r.Fields) {
		return r.Fields[i]
	}
	return ""
}

// Errorf returns an error that names the row's file and line.
func (r Row) Errorf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", r.File, r.Line, fmt.Sprintf(format, args...))
}

// eachRow reads table name from fsys, as ReadTable does, and passes its rows to f in order,
// stopping at the first error.
func eachRow(fsys fs.FS, name string, minFields int, f func(Row) error) error {
	rows, err := ReadTable(fsys, name, minFields)
	if err != nil {
		return err
	}
	for _, r := range rows {
		if err := f(r); err != nil {
			return err
		}
	}
	return nil
}

// ReadTable reads one knowledge table from fsys: tab-separated fields, "#" starts a comment
// line, blank lines are skipped, fields are trimmed. Every table in data/knowledge is read
// through this one parser, so they all share one syntax. minFields rejects short rows with an
// error naming file and line.
func ReadTable(fsys fs.FS, name string, minFields int) ([]Row, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("knowledge table: %w", err)
	}
	defer f.Close()
	var rows []Row
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		row := Row{File: name, Line: n, Fields: fields}
		if len(fields) < minFields {
			return nil, row.Errorf("want at least %d tab-separated fields, got %d", minFields, len(fields))
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("knowledge table %s: %w", name, err)
	}
	return rows, nil
}
