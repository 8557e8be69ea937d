namespace Humanitarian.Framework.Domain;

public interface IEntity<TKey>
{
    TKey Id { get; }
}

/// <summary>Base of every entity with a single key.</summary>
public abstract class Entity<TKey> : IEntity<TKey>
{
    public virtual TKey Id { get; protected set; } = default!;

    protected Entity() { }

    protected Entity(TKey id) => Id = id;
}

/// <summary>Root of a consistency boundary; carries a concurrency stamp that updates compare.</summary>
public abstract class AggregateRoot<TKey> : Entity<TKey>, IHasConcurrencyStamp
{
    public virtual string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    protected AggregateRoot() { }

    protected AggregateRoot(TKey id) : base(id) { }
}

public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; set; }
}

/// <summary>Entities whose changes are not written to the audit log (e.g. the log itself).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property)]
public sealed class DisableAuditingAttribute : Attribute;

/// <summary>
/// Records written many times a minute whose row is itself the record of what was written (a donation,
/// a ledger entry): their creation is logged — who, when, which record — without a row per value, as an
/// import's are. Later changes and deletions keep their values.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AuditCreationWithoutValuesAttribute : Attribute;

/// <summary>
/// A record that gives its user roles at sign-in (a committee seat): saving a change to it ends that
/// user's sessions, so the roles are worked out again at the next sign-in.
/// </summary>
public interface IConfersUserRoles
{
    Guid? UserId { get; }
}

/// <summary>A record in a tree of records of its own kind (units, administrative areas, committees).</summary>
public interface IHasParent : IEntity<Guid>
{
    Guid? ParentId { get; }
}

/// <summary>
/// A record with a code unique among its tenant's records, compared folded (case and marks, đ = d) as
/// the unique index on <see cref="NormalizedCode"/> does; a deleted record has released its code (null).
/// </summary>
public interface IHasNormalizedCode : IEntity<Guid>
{
    string? NormalizedCode { get; }
}
