using System.Diagnostics;
using System.Globalization;

namespace SiteGen.Pipeline;

/// <summary>
/// How long each stage of a build took, in the order they ran: `build --timings` prints it, so
/// whoever maintains a big site can see where the time goes without a profiler.
/// </summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed, TimeSpan Cpu, long Allocated, TimeSpan Paused)> _stages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _mark;
    private TimeSpan _cpuMark = Process.GetCurrentProcess().TotalProcessorTime;
    private long _allocatedMark = GC.GetTotalAllocatedBytes();
    private TimeSpan _pausedMark = GC.GetTotalPauseDuration();

    /// <summary>Closes the stage that started at the previous mark.</summary>
    public void Lap(string stage)
    {
        var now = _clock.Elapsed;
        // Processor time of the whole process (every thread, the garbage collector's too): against the
        // wall time it shows how much of a stage ran on more than one core.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var paused = GC.GetTotalPauseDuration();
        _stages.Add((stage, now - _mark, cpu - _cpuMark, allocated - _allocatedMark, paused - _pausedMark));
        _pausedMark = paused;
        _mark = now;
        _cpuMark = cpu;
        _allocatedMark = allocated;
    }

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages.Select(s => (s.Stage, s.Elapsed)).ToList();

    /// <summary>From the start of the build to now.</summary>
    public TimeSpan Total => _clock.Elapsed;

    public void Print(TextWriter writer)
    {
        foreach (var (stage, elapsed, cpu, allocated, paused) in _stages)
            writer.WriteLine($"  {stage,-12} {Ms(elapsed),7} ms  (cpu {Ms(cpu),6} ms, {allocated / (1024 * 1024),5} MiB allocated, GC paused {Ms(paused),4} ms)");
        // Allocation is the cost a profile spreads thinnest: say it outright.
        writer.WriteLine($"  GC           {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2), paused {Ms(GC.GetTotalPauseDuration())} ms");
        // The templates are compiled at run time and every hot method is compiled again, optimised: a
        // visible share of a build's processor time.
        writer.WriteLine($"  JIT          {System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled in {Ms(System.Runtime.JitInfo.GetCompilationTime())} ms");
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
}
