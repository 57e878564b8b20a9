using System.Collections.Concurrent;
using System.Diagnostics;
using SupportBot.LoadGenerator.Scenarios;
using SupportBot.LoadGenerator.Targets;

namespace SupportBot.LoadGenerator.Running;

/// <summary>
/// N customers each run whole conversations back to back (scenarios in turn) until the time or the conversation
/// count is used up; a conversation that started always finishes, so every run stops by itself.
/// </summary>
public sealed class LoadRunner(IBotTarget target, IReadOnlyList<Scenario> scenarios, int customers)
{
    /// <summary>Called after each finished conversation with the total so far (memory sampling).</summary>
    public Action<int>? ConversationFinished { get; init; }

    /// <summary>A customer's pause after each reply (reading, typing); zero runs flat out.</summary>
    public TimeSpan ThinkTime { get; init; }

    /// <summary>Reads the host's CPU time, so a run can report CPU per turn.</summary>
    public Func<TimeSpan?>? HostCpu { get; init; }

    public async Task<RunResult> RunAsync(TimeSpan? duration, int? conversationLimit, Func<double?> residentMiB, CancellationToken cancellationToken)
    {
        var cpuBefore = HostCpu?.Invoke();
        var latencies = new ConcurrentBag<double>();
        var errorKinds = new ConcurrentDictionary<string, int>();
        var started = 0;
        var completed = 0;
        var finished = 0;
        var errors = 0;
        var clock = Stopwatch.StartNew();

        bool MayStart()
        {
            if (cancellationToken.IsCancellationRequested || (duration is { } d && clock.Elapsed >= d))
            {
                return false;
            }

            return conversationLimit is not { } limit || Interlocked.Increment(ref started) <= limit;
        }

        async Task CustomerAsync(int index)
        {
            var round = 0;
            while (MayStart())
            {
                var scenario = scenarios[(index + round++) % scenarios.Count];
                var ok = true;
                try
                {
                    await using var customer = await target.OpenAsync(scenario, cancellationToken);
                    foreach (var step in scenario.Steps)
                    {
                        var turn = Stopwatch.StartNew();
                        var problem = await customer.SendAsync(step, cancellationToken);
                        if (problem is not null)
                        {
                            Fail(problem);
                            ok = false;
                            break;
                        }

                        latencies.Add(turn.Elapsed.TotalMilliseconds);
                        if (ThinkTime > TimeSpan.Zero)
                        {
                            await Task.Delay(ThinkTime, cancellationToken);
                        }
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    Fail(ex.GetType().Name + ": " + ex.Message);
                    ok = false;
                }

                if (ok)
                {
                    Interlocked.Increment(ref completed);
                }
                else
                {
                    // A failing host (429, 5xx) is not hammered in a tight loop: the errors stay countable, the run honest.
                    await Task.Delay(50, CancellationToken.None);
                }

                var total = Interlocked.Increment(ref finished);
                ConversationFinished?.Invoke(total);
            }
        }

        void Fail(string problem)
        {
            Interlocked.Increment(ref errors);
            errorKinds.AddOrUpdate(problem.Length > 120 ? problem[..120] : problem, 1, (_, n) => n + 1);
        }

        await Task.WhenAll(Enumerable.Range(0, customers).Select(i => Task.Run(() => CustomerAsync(i), CancellationToken.None)));
        clock.Stop();
        var cpuAfter = HostCpu?.Invoke();
        return new RunResult(target.Name, customers, finished, completed, latencies.ToArray(), errors, errorKinds, clock.Elapsed, residentMiB())
        {
            HostCpu = cpuAfter - cpuBefore,
        };
    }
}
