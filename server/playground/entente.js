// Starts GraphiQL against this server's /graphql, opened on the headline question, with a few
// more examples as tabs. Everything it loads comes from this server: it works offline.
(function () {
  var headline = '# Which agreements did Russia violate?\n{\n  actor(name: "Russia") {\n    name\n    violated {\n      name\n    }\n  }\n}\n';
  var examples = [
    { query: '# Agreements Russia violated, with who signed them\nquery AgreementsRussiaViolated {\n  agreements(violatedBy: "Russia") {\n    totalCount\n    edges {\n      node {\n        name\n        signatories { name }\n      }\n    }\n  }\n}\n' },
    { query: '# Who mediated the Minsk agreements?\nquery MinskMediators {\n  agreement(name: "Minsk agreements") {\n    name\n    mediators { name }\n    signatories { name }\n  }\n}\n' },
    { query: '# A fact with the sentences that support it\nquery RussiaViolatedWithEvidence {\n  relations(source: "Russia", type: VIOLATED, first: 5) {\n    totalCount\n    edges {\n      node {\n        type\n        target { name }\n        date\n        support\n        evidence(first: 3) { nodes { quote rule confidence article { title } } }\n      }\n    }\n  }\n}\n' },
    { query: '# Names starting with "Uk", and the graph\'s size\nquery SearchAndStats {\n  search(text: "Uk") { matched entity { __typename name } }\n  stats { nodes relations articles relationsByType { type count } }\n}\n' },
  ];
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: headline,
    defaultTabs: [{ query: headline }].concat(examples),
    defaultEditorToolsVisibility: false,
  }));
})();
