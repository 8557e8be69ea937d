namespace Humanitarian.TestBase;

/// <summary>
/// The app's clock in tests: real time, moved forward on demand (a frozen clock would stall the app's
/// timers and jobs). A test that moves it puts it back with <see cref="HumanitarianWebFactory.ResetClockAsync"/>,
/// since the app is shared by a collection.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    internal void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
