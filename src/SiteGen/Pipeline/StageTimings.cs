using System.Diagnostics;
using System.Globalization;

namespace SiteGen.Pipeline;

/// <summary>
/// How long each stage of a build took, in the order they ran: `build --timings` prints it, so
/// whoever maintains a big site can see where the time goes without a profiler.
/// </summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _mark;

    /// <summary>Closes the stage that started at the previous mark.</summary>
    public void Lap(string stage)
    {
        var now = _clock.Elapsed;
        _stages.Add((stage, now - _mark));
        _mark = now;
    }

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    /// <summary>From the start of the build to now.</summary>
    public TimeSpan Total => _clock.Elapsed;

    public void Print(TextWriter writer)
    {
        foreach (var (stage, elapsed) in _stages)
            writer.WriteLine($"  {stage,-12} {elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),7} ms");
    }
}
