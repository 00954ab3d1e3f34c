-- wrk script for bench/run.sh: each request takes the next path from the file named after '--'
-- (one path a line), so every run walks the same pages; wrk itself reports non-2xx answers.
local paths = {}
local counter = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
