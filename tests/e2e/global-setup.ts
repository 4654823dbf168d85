// Placeholder so the e2e project resolves; replaced by the e2e author.
// TODO: replaced by the e2e author
export default async function setup() {}
