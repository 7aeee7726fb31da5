-- Drives Neovim's built-in LSP client (0.7 and later) against `banan lsp`: waits for the
-- diagnostics of the current buffer, applies the preferred quick fix of the first one,
-- writes the buffer, and reports what it saw as JSON to $BANAN_NVIM_OUT.
local out = os.getenv("BANAN_NVIM_OUT")

local function report(value)
  local f = assert(io.open(out, "w"))
  f:write(vim.fn.json_encode(value))
  f:close()
end

local ok, err = pcall(function()
  local id = vim.lsp.start_client({
    name = "banan",
    cmd = { os.getenv("BANAN_PYTHON"), "-m", "banan", "lsp" },
    root_dir = vim.fn.getcwd(),
  })
  assert(id, "the client did not start")
  vim.lsp.buf_attach_client(0, id)
  assert(vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 50), "no diagnostics within 60 s")
  local seen = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(seen, { code = d.user_data.lsp.code, lnum = d.lnum, col = d.col, end_col = d.end_col })
  end
  -- The quick fixes for the first line, as `:lua vim.lsp.buf.code_action()` asks for them.
  local answers = vim.lsp.buf_request_sync(0, "textDocument/codeAction", {
    textDocument = { uri = vim.uri_from_bufnr(0) },
    range = { start = { line = 0, character = 0 }, ["end"] = { line = 1, character = 0 } },
    context = { diagnostics = {} },
  }, 30000)
  local titles, applied = {}, nil
  for _, answer in pairs(answers or {}) do
    for _, action in ipairs(answer.result or {}) do
      table.insert(titles, action.title)
      if action.isPreferred and action.edit and not applied then
        vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
        applied = action.title
      end
    end
  end
  vim.cmd("write")
  report({ diagnostics = seen, actions = titles, applied = applied })
end)
if not ok then
  report({ error = tostring(err) })
end
vim.cmd("qa!")
