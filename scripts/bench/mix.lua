-- wrk script for `make load` (scripts/bench-http.sh): a realistic mix as one signed-in manager.
-- 80% reads (objectives, cascade, sessions, action items), 20% writes (a check-in on an objective,
-- a comment on it, an agenda item on a 1:1). Every write carries the run's marker, so the
-- script can count afterwards that each acknowledged write (201) is in the database.
-- Environment: BENCH_TOKEN, BENCH_OBJECTIVE, BENCH_SESSION, BENCH_MARKER.
local token = os.getenv("BENCH_TOKEN")
local objective = os.getenv("BENCH_OBJECTIVE")
local session = os.getenv("BENCH_SESSION")
local marker = os.getenv("BENCH_MARKER")
local threads = {}

function setup(thread)
    thread:set("seed", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    math.randomseed(seed * 7919)
    created, unavailable, failed, other = 0, 0, 0, 0
end

local reads = { "/api/v1/objectives", "/api/v1/cascade", "/api/v1/sessions", "/api/v1/action-items" }
local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }

function request()
    local r = math.random(100)
    if r <= 80 then
        return wrk.format("GET", reads[(r % #reads) + 1], headers)
    elseif r <= 87 then
        return wrk.format("POST", "/api/v1/objectives/" .. objective .. "/check-ins", headers,
            '{"health":"ON_TRACK","confidence":7,"comment":"' .. marker .. '"}')
    elseif r <= 94 then
        return wrk.format("POST", "/api/v1/objectives/" .. objective .. "/comments", headers,
            '{"body":"' .. marker .. '"}')
    else
        return wrk.format("POST", "/api/v1/sessions/" .. session .. "/agenda-items", headers,
            '{"title":"' .. marker .. '"}')
    end
end

function response(status, headers, body)
    if status == 201 then
        created = created + 1
    elseif status == 503 then
        unavailable = unavailable + 1
    elseif status >= 500 then
        failed = failed + 1
    elseif status >= 400 then
        other = other + 1
    end
end

function done(summary, latency, requests)
    local c, u, f, o = 0, 0, 0, 0
    for _, thread in ipairs(threads) do
        c = c + thread:get("created")
        u = u + thread:get("unavailable")
        f = f + thread:get("failed")
        o = o + thread:get("other")
    end
    io.write(string.format("MIX requests=%d created=%d unavailable=%d failed=%d client_errors=%d socket_errors=%d p99_ms=%.1f max_ms=%.1f\n",
        summary.requests, c, u, f, o,
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
        latency:percentile(99) / 1000, latency.max / 1000))
end
