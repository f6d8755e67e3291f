package server

import (
	"embed"
	"fmt"
	"html"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

//go:embed playground
var playgroundFS embed.FS

// playgroundAsset maps a file served under /playground/ to its path in the npm packages.
func playgroundAsset(name string) (string, bool) {
	switch name {
	case "graphiql.min.js":
		return "graphiql/graphiql.min.js", true
	case "graphiql.min.css":
		return "graphiql/graphiql.min.css", true
	case "react.production.min.js":
		return "react/umd/react.production.min.js", true
	case "react-dom.production.min.js":
		return "react-dom/umd/react-dom.production.min.js", true
	}
	return "", false
}

// installHint is the command that fetches the playground's npm packages.
const installHint = "npm ci --prefix web"

// missingAssets lists the npm files the playground needs that are not in the directory.
func (s *Server) missingAssets() []string {
	var missing []string
	for _, n := range []string{"graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js"} {
		rel, _ := playgroundAsset(n)
		if _, err := os.Stat(filepath.Join(s.cfg.PlaygroundDir, rel)); err != nil {
			missing = append(missing, filepath.Join(s.cfg.PlaygroundDir, rel))
		}
	}
	return missing
}

// setPlaygroundHeaders forbids the page from loading anything but this server's files: the
// playground is offline by construction, and data shown in it can never pull a script in.
func setPlaygroundHeaders(w http.ResponseWriter) {
	w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'")
	w.Header().Set("X-Content-Type-Options", "nosniff")
}

// servePlayground serves GraphiQL's page, or says how to install its files.
func (s *Server) servePlayground(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "use GET", http.StatusMethodNotAllowed)
		return
	}
	setPlaygroundHeaders(w)
	if missing := s.missingAssets(); len(missing) > 0 {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintf(w, `<!doctype html><meta charset="utf-8"><title>Entente playground: files missing</title>
<h1>The playground's files are not installed</h1>
<p>Run <code>%s</code> in the repository root (it installs GraphiQL and React from npm), then reload this page.</p>
<p>Missing: <code>%s</code> (setting <code>playground-dir</code>).</p>
<p>The GraphQL endpoint works meanwhile: <code>curl -H 'Content-Type: application/json' -d '{"query":"{ stats { nodes } }"}' http://%s/graphql</code></p>
`, installHint, html.EscapeString(strings.Join(missing, ", ")), html.EscapeString(r.Host))
		return
	}
	page, _ := playgroundFS.ReadFile("playground/index.html")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(page)
}

// serveAsset serves /playground/NAME: our own files from the binary, GraphiQL and React from
// PlaygroundDir.
func (s *Server) serveAsset(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/playground/")
	setPlaygroundHeaders(w)
	if name == "entente.js" || name == "entente.css" {
		b, err := playgroundFS.ReadFile("playground/" + name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		if strings.HasSuffix(name, ".js") {
			w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		} else {
			w.Header().Set("Content-Type", "text/css; charset=utf-8")
		}
		w.Write(b)
		return
	}
	rel, ok := playgroundAsset(name)
	if !ok {
		http.NotFound(w, r)
		return
	}
	path := filepath.Join(s.cfg.PlaygroundDir, rel)
	if _, err := os.Stat(path); err != nil {
		http.Error(w, fmt.Sprintf("%s is missing: run %s", path, installHint), http.StatusNotFound)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	http.ServeFile(w, r, path)
}
