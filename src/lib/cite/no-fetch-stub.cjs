// Stands in for node-fetch and sync-fetch inside citation-js (see no-fetch.ts).
function refuse() {
  throw new Error('Dossier gives citation-js no web addresses to fetch');
}
class Headers extends Map {}
refuse.Headers = Headers;
module.exports = refuse;
module.exports.default = refuse;
module.exports.Headers = Headers;
