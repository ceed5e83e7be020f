// Stylesheets have no behaviour to test: every `import './x.scss'` becomes an empty module.
module.exports = {}
