-- Headless Neovim 0.7 as the LSP client (notes/toolchain.md §5): attach forecheck lsp to a
-- document, wait for diagnostics, write what Neovim made of them (byte columns) as JSON.
local server = os.getenv('FC_LSP_CMD')
local doc = os.getenv('FC_DOC')
local out = os.getenv('FC_OUT')
local raw

local client_id = vim.lsp.start_client({
  name = 'forecheck',
  cmd = vim.split(server, ' ', { trimempty = true }),
  root_dir = vim.fn.fnamemodify(doc, ':p:h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      raw = result
      return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
    end,
  },
})
if not client_id then io.stderr:write('start_client failed\n'); vim.cmd('cquit 2') end

vim.cmd('edit ' .. vim.fn.fnameescape(doc))
local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id)

local ok = vim.wait(10000, function() return raw ~= nil end, 20)
if not ok then io.stderr:write('timeout waiting for diagnostics\n'); vim.cmd('cquit 3') end

local diags = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1]
  table.insert(diags, { lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity,
                        code = d.code, source = d.source, message = d.message,
                        text = string.sub(line, d.col + 1, d.end_col) })
end
vim.fn.writefile({ vim.fn.json_encode({ lsp = raw, vim_diagnostic = diags }) }, out)
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
vim.cmd('qa!')
