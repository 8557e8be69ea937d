namespace Humanitarian.Framework.MultiTenancy;

/// <summary>The two operations of the 2025 administrative reorganisation.</summary>
public enum TenantReorganisationKind
{
    /// <summary>A province joins another (Ninh Thuận → Khánh Hòa).</summary>
    Merge = 1,

    /// <summary>A level is abolished and the tenant goes to its successor (Vĩnh Linh → Quảng Trị).</summary>
    Dissolve = 2,
}

/// <param name="Source">The tenant that closes.</param>
/// <param name="Heir">Its legal heir: it reads what stays, and what moves goes there unless
/// <paramref name="AreaSuccessors"/> sends it elsewhere.</param>
/// <param name="EffectiveDate">The calendar day (Asia/Ho_Chi_Minh) the reorganisation takes effect.</param>
/// <param name="AreaSuccessors">A dissolved tenant's administrative areas that go to another successor
/// than the heir (a commune to the commune tenant that takes it over), with what lies in them.</param>
public sealed record TenantReorganisationContext(
    TenantReorganisationKind Kind,
    TenantConfiguration Source,
    TenantConfiguration Heir,
    DateOnly EffectiveDate,
    IReadOnlyDictionary<Guid, TenantConfiguration> AreaSuccessors);

/// <summary>What happens to one kind of record: how many move to the heir, how many stay as closed records.</summary>
/// <param name="Module">The module's display name.</param>
/// <param name="Subject">The kind of record, in the request's language.</param>
/// <param name="Notes">Individual consequences worth reading (a code or user name changed to avoid a clash).</param>
public sealed record TenantReorganisationLine(
    string Module, string Subject, int Moved, int Kept, IReadOnlyList<string> Notes);

/// <summary>
/// A module's part in merging or dissolving a tenant. Every participant runs in the same unit of work,
/// in <see cref="Order"/>, with the current tenant switched to the source. A preview runs the very same
/// code and rolls it back, so a participant never asks whether it is one. Reference data and open work move to the heir; closed records
/// stay with the source (see <see cref="IInheritedByLegalHeir"/>).
/// </summary>
public interface ITenantReorganisationParticipant
{
    /// <summary>Lower runs first: units move before the users who work for them.</summary>
    int Order { get; }

    Task<IReadOnlyList<TenantReorganisationLine>> ReorganiseAsync(TenantReorganisationContext context);
}
