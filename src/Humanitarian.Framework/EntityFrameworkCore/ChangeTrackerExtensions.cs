using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Humanitarian.Framework.EntityFrameworkCore;

public static class ChangeTrackerExtensions
{
    /// <summary>
    /// The tracked entries after one pass of change detection. <see cref="ChangeTracker.Entries()"/> alone
    /// detects changes again on every call, a pass over every tracked entity: a save-time interceptor
    /// reading the entries after detecting them would pay it twice (an import's save holds hundreds).
    /// </summary>
    public static List<EntityEntry> DetectedEntries(this ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return tracker.Entries().ToList();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
