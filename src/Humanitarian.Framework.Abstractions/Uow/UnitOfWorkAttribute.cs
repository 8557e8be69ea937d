namespace Humanitarian.Framework.Uow;

/// <summary>
/// ABP's unit of work options. A job class marked <c>[UnitOfWork(isTransactional: false)]</c> runs
/// without the background job worker's transaction, for a job that opens transactions of its own or
/// records progress through scopes of its own while it runs; its changes are still saved when it
/// returns, but no longer atomically with the removal of its row. An action or page handler so marked
/// runs without the request's transaction, for work that commits in parts on purpose (a long run that
/// must keep what it did if it stops midway); what it leaves unsaved is still saved at the end.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class UnitOfWorkAttribute(bool isTransactional = true) : Attribute
{
    public bool IsTransactional { get; } = isTransactional;
}
