namespace Humanitarian.Framework.Uow;

/// <summary>
/// ABP's unit of work options. Read today by the background job worker: a job class marked
/// <c>[UnitOfWork(isTransactional: false)]</c> runs without the worker's transaction, for a job that opens
/// transactions of its own or records progress through scopes of its own while it runs. Its changes are
/// still saved when it returns, but no longer atomically with the removal of its row.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class UnitOfWorkAttribute(bool isTransactional = true) : Attribute
{
    public bool IsTransactional { get; } = isTransactional;
}
