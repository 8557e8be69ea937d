namespace Humanitarian.Framework.Domain;

/// <summary>
/// Pairs of records a user confirmed are not the same (a beneficiary, a donor): stored in one order so
/// that a pair has one row, and carried over to the record kept when a duplicate is merged into it.
/// </summary>
public static class DuplicatePairs
{
    public static (Guid First, Guid Second) Ordered(Guid one, Guid other) => one.CompareTo(other) < 0 ? (one, other) : (other, one);

    /// <summary>
    /// Someone confirmed not to be the duplicate is not the kept record either: the others of the
    /// duplicate's confirmed pairs that the kept record is not yet paired with.
    /// </summary>
    /// <param name="pairs">The confirmed pairs that involve either record, in stored order.</param>
    public static IEnumerable<Guid> CarriedOver(IReadOnlyCollection<(Guid First, Guid Second)> pairs, Guid keptId, Guid duplicateId)
    {
        var known = pairs.ToHashSet();
        return pairs.Select(p => p.First == duplicateId ? p.Second : p.Second == duplicateId ? p.First : Guid.Empty)
            .Where(id => id != Guid.Empty && id != keptId && !known.Contains(Ordered(keptId, id)))
            .Distinct();
    }
}
