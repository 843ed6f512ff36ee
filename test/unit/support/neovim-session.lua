-- A Neovim session against `packaging-planner lsp --stdio`, the way the Neovim 0.7 recipe of
-- docs/other-editors.md starts it (vim.lsp.start_client, settings answered to workspace/configuration).
-- Writes what Neovim got as JSON to $PP_OUT; test/unit/neovim.test.ts compares it with the core.
local out = { diagnostics = {} }
vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.PP_FILE))
local bufnr = vim.api.nvim_get_current_buf()
-- the sources under tsx ($PP_TSX: node's flags, from test/unit/support/lsp-client.ts)
local cmd = { vim.env.PP_NODE }
for flag in string.gmatch(vim.env.PP_TSX, '[^\n]+') do table.insert(cmd, flag) end
vim.list_extend(cmd, { vim.env.PP_ROOT .. '/src/cli/bin.ts', 'lsp', '--stdio' })
local id = vim.lsp.start_client({
  name = 'packaging_planner',
  cmd = cmd,
  cmd_cwd = vim.env.PP_ROOT,
  root_dir = vim.fn.fnamemodify(vim.env.PP_FILE, ':h'),
  settings = { packagingPlanner = { rules = { ['unclassified-feature'] = 'off' } } },
})
vim.lsp.buf_attach_client(bufnr, id)
vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
local gated
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or d.code
  table.insert(out.diagnostics, { d.lnum, d.col, d.end_lnum, d.end_col, code, d.severity })
  if code == 'gated-growth-driver' then gated = d end
end
if gated then
  local pos = { line = gated.lnum, character = gated.col }
  local uri = vim.uri_from_bufnr(bufnr)
  -- no diagnostics in the context: the server answers from its own findings at the range
  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = pos, ['end'] = pos },
    context = { diagnostics = {} },
  }, 10000)
  out.actions = {}
  for _, r in pairs(actions or {}) do
    for _, a in ipairs(r.result or {}) do table.insert(out.actions, a.title) end
  end
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = pos }, 10000)
  for _, r in pairs(hover or {}) do
    if r.result then out.hover = r.result.contents.value end
  end
end
out.version = vim.version().major .. '.' .. vim.version().minor
vim.fn.writefile({ vim.fn.json_encode(out) }, vim.env.PP_OUT)
vim.lsp.stop_client(id)
vim.wait(5000, function() return vim.lsp.client_is_stopped(id) end, 50)
vim.cmd('qa!')
