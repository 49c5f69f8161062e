using System.Diagnostics;
using System.Globalization;

namespace SiteGen.Pipeline;

/// <summary>
/// How long each stage of a build took, in the order they ran: `build --timings` prints it, so
/// whoever maintains a big site can see where the time goes without a profiler.
/// </summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, Meter Spent)> _stages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private Meter _mark;

    public StageTimings() => _mark = Meter.Read(_clock);

    /// <summary>Closes the stage that started at the previous mark.</summary>
    public void Lap(string stage)
    {
        var now = Meter.Read(_clock);
        _stages.Add((stage, now - _mark));
        _mark = now;
    }

    /// <summary>From the start of the build to now.</summary>
    public TimeSpan Total => _clock.Elapsed;

    public void Print(TextWriter writer)
    {
        foreach (var (stage, spent) in _stages)
            writer.WriteLine($"  {stage,-12} {Ms(spent.Wall),7} ms  (cpu {Ms(spent.Cpu),6} ms, {spent.Allocated / (1024 * 1024),5} MiB allocated, GC paused {Ms(spent.Paused),4} ms)");
        // Allocation is the cost a profile spreads thinnest: say it outright.
        writer.WriteLine($"  GC           {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2), paused {Ms(GC.GetTotalPauseDuration())} ms");
        // The templates are compiled at run time and every hot method is compiled again, optimised: a
        // visible share of a build's processor time.
        writer.WriteLine($"  JIT          {System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled in {Ms(System.Runtime.JitInfo.GetCompilationTime())} ms");
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>
    /// The process's counters at one moment; a stage is the difference of two. Processor time counts every
    /// thread (the garbage collector's too): against the wall time it shows how much of a stage ran on
    /// more than one core.
    /// </summary>
    private readonly record struct Meter(TimeSpan Wall, TimeSpan Cpu, long Allocated, TimeSpan Paused)
    {
        public static Meter Read(Stopwatch clock) =>
            new(clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration());

        public static Meter operator -(Meter a, Meter b) => new(a.Wall - b.Wall, a.Cpu - b.Cpu, a.Allocated - b.Allocated, a.Paused - b.Paused);
    }
}
