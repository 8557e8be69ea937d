namespace Humanitarian.Framework.Domain;

public interface IHasCreationTime
{
    DateTime CreationTime { get; set; }
}

public interface ICreationAuditedObject : IHasCreationTime
{
    Guid? CreatorId { get; set; }
}

public interface IModificationAuditedObject
{
    DateTime? LastModificationTime { get; set; }
    Guid? LastModifierId { get; set; }
}

public interface IAuditedObject : ICreationAuditedObject, IModificationAuditedObject;

/// <summary>Deleting such an entity only marks it; a query filter hides marked rows.</summary>
public interface ISoftDelete
{
    bool IsDeleted { get; set; }
}

public interface IDeletionAuditedObject : ISoftDelete
{
    Guid? DeleterId { get; set; }
    DateTime? DeletionTime { get; set; }
}

public interface IFullAuditedObject : IAuditedObject, IDeletionAuditedObject;

public abstract class CreationAuditedEntity<TKey> : Entity<TKey>, ICreationAuditedObject
{
    public virtual DateTime CreationTime { get; set; }
    public virtual Guid? CreatorId { get; set; }

    protected CreationAuditedEntity() { }
    protected CreationAuditedEntity(TKey id) : base(id) { }
}

public abstract class AuditedEntity<TKey> : CreationAuditedEntity<TKey>, IAuditedObject
{
    public virtual DateTime? LastModificationTime { get; set; }
    public virtual Guid? LastModifierId { get; set; }

    protected AuditedEntity() { }
    protected AuditedEntity(TKey id) : base(id) { }
}

public abstract class FullAuditedEntity<TKey> : AuditedEntity<TKey>, IFullAuditedObject
{
    public virtual bool IsDeleted { get; set; }
    public virtual Guid? DeleterId { get; set; }
    public virtual DateTime? DeletionTime { get; set; }

    protected FullAuditedEntity() { }
    protected FullAuditedEntity(TKey id) : base(id) { }
}

public abstract class CreationAuditedAggregateRoot<TKey> : AggregateRoot<TKey>, ICreationAuditedObject
{
    public virtual DateTime CreationTime { get; set; }
    public virtual Guid? CreatorId { get; set; }

    protected CreationAuditedAggregateRoot() { }
    protected CreationAuditedAggregateRoot(TKey id) : base(id) { }
}

public abstract class AuditedAggregateRoot<TKey> : CreationAuditedAggregateRoot<TKey>, IAuditedObject
{
    public virtual DateTime? LastModificationTime { get; set; }
    public virtual Guid? LastModifierId { get; set; }

    protected AuditedAggregateRoot() { }
    protected AuditedAggregateRoot(TKey id) : base(id) { }
}

public abstract class FullAuditedAggregateRoot<TKey> : AuditedAggregateRoot<TKey>, IFullAuditedObject
{
    public virtual bool IsDeleted { get; set; }
    public virtual Guid? DeleterId { get; set; }
    public virtual DateTime? DeletionTime { get; set; }

    protected FullAuditedAggregateRoot() { }
    protected FullAuditedAggregateRoot(TKey id) : base(id) { }
}
