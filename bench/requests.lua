-- wrk script: each request picks a path at random from the file named by KF_PATHS (one path per line), and
-- the statuses seen are counted per class, with how many 429s carried Retry-After.
local paths = {}
for line in io.lines(os.getenv("KF_PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(1000 + id)
  counts = { s2xx = 0, s3xx = 0, s4xx = 0, s429 = 0, s429_retry = 0, s5xx = 0 }
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function response(status, headers, body)
  if status >= 500 then counts.s5xx = counts.s5xx + 1
  elseif status == 429 then
    counts.s429 = counts.s429 + 1
    if headers["Retry-After"] ~= nil then counts.s429_retry = counts.s429_retry + 1 end
  elseif status >= 400 then counts.s4xx = counts.s4xx + 1
  elseif status >= 300 then counts.s3xx = counts.s3xx + 1
  else counts.s2xx = counts.s2xx + 1 end
end

function done(summary, latency, requests)
  local total = { s2xx = 0, s3xx = 0, s4xx = 0, s429 = 0, s429_retry = 0, s5xx = 0 }
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for k, v in pairs(c) do total[k] = total[k] + v end
  end
  io.write(string.format("statuses: 2xx=%d 3xx=%d 4xx=%d 429=%d 429_with_retry_after=%d 5xx=%d\n",
    total.s2xx, total.s3xx, total.s4xx, total.s429, total.s429_retry, total.s5xx))
end
