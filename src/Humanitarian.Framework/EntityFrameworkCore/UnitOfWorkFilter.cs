using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Uow;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Humanitarian.Framework.EntityFrameworkCore;

/// <summary>
/// ABP's unit of work per request: a state-changing action or page handler runs in one transaction and
/// its changes are saved once at the end, so a failure leaves nothing half-written. A page handler
/// that answers with validation errors (invalid ModelState) has failed too: its writes are rolled back.
/// </summary>
public sealed class UnitOfWorkFilter(IAbpEfCoreDbContext dbContext) : IAsyncActionFilter, IAsyncPageFilter, ITransientDependency
{
    public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next) =>
        RunAsync(context.HttpContext, async () => (await next()).Exception is null);

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
        RunAsync(context.HttpContext, async () =>
        {
            var executed = await next();
            return executed.Exception is null && executed.ModelState.IsValid;
        });

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    private async Task RunAsync(HttpContext http, Func<Task<bool>> next)
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            await next();
            return;
        }
        var transactional = http.GetEndpoint()?.Metadata.GetMetadata<UnitOfWorkAttribute>() is not { IsTransactional: false };
        await using var transaction = transactional && dbContext.Database.CurrentTransaction is null
            ? await dbContext.Database.BeginTransactionAsync(http.RequestAborted)
            : null;
        if (!await next())
        {
            // Rolled back when the transaction is disposed; nothing tracked may be saved later either.
            dbContext.ChangeTracker.Clear();
            return;
        }
        await dbContext.SaveChangesAsync(http.RequestAborted);
        if (transaction is not null)
        {
            await transaction.CommitAsync(http.RequestAborted);
        }
    }
}
