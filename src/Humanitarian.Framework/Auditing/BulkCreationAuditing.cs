using Humanitarian.Framework.DependencyInjection;

namespace Humanitarian.Framework.Auditing;

/// <summary>
/// While a bulk write runs (an Excel import), each record it creates is logged as created — who, when,
/// which record — without a row per property value: those are the record itself as created, and fifty
/// thousand records with fifteen values each made the log most of an import's work. Later changes and
/// deletions keep their values as always.
/// </summary>
public sealed class BulkCreationAuditing : IScopedDependency
{
    public bool IsActive { get; private set; }

    public IDisposable Begin()
    {
        var previous = IsActive;
        IsActive = true;
        return new Ending(() => IsActive = previous);
    }

    private sealed class Ending(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
