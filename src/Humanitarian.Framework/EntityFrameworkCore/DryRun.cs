namespace Humanitarian.Framework.EntityFrameworkCore;

/// <summary>
/// Runs the real code of an operation and keeps nothing of it: a preview of a merger, a dry run of an
/// import. Changes are made and even saved as the real run would (so later steps see them and the
/// counts are exact), inside a transaction — or a savepoint of the caller's — that is rolled back.
/// </summary>
public static class DryRun
{
    private const string Savepoint = "abp_dry_run";

    public static async Task<T> RunAndDiscardAsync<T>(this IAbpEfCoreDbContext dbContext, Func<Task<T>> work)
    {
        var outer = dbContext.Database.CurrentTransaction;
        await using var own = outer is null ? await dbContext.Database.BeginTransactionAsync() : null;
        if (outer is not null)
        {
            await outer.CreateSavepointAsync(Savepoint);
        }
        try
        {
            return await work();
        }
        finally
        {
            // Whatever the work tracked must not be saved by the caller's unit of work either.
            dbContext.ChangeTracker.Clear();
            if (outer is not null)
            {
                await outer.RollbackToSavepointAsync(Savepoint);
            }
            else
            {
                await own!.RollbackAsync();
            }
        }
    }
}
