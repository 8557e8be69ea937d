using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Humanitarian.Framework.AspNetCore;

/// <summary>
/// Binds an <see cref="IRemoteStreamContent"/> from the multipart form file named like the parameter
/// (or the page's property, <c>Input.File</c>), as ASP.NET Core binds an <c>IFormFile</c>: an empty
/// file input (no name, no bytes) leaves it null.
/// </summary>
public sealed class RemoteStreamContentModelBinder : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var http = bindingContext.HttpContext;
        if (!http.Request.HasFormContentType)
        {
            return;
        }
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var name = bindingContext.IsTopLevelObject
            ? bindingContext.BinderModelName ?? bindingContext.FieldName
            : bindingContext.ModelName;
        var file = form.Files.GetFiles(name).FirstOrDefault(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName));
        if (file is null)
        {
            return;
        }
        var content = new RemoteStreamContent(file.OpenReadStream(), file.FileName, file.ContentType, file.Length);
        http.Response.RegisterForDispose(content);
        bindingContext.Result = ModelBindingResult.Success(content);
    }
}

public sealed class RemoteStreamContentModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(IRemoteStreamContent) || context.Metadata.ModelType == typeof(RemoteStreamContent)
            ? new RemoteStreamContentModelBinder()
            : null;
}

/// <summary>
/// What an application service returns, as HTTP, so services stay free of MVC's result types: an
/// <see cref="IRemoteStreamContent"/> is a file download (ABP's remote stream output), an
/// <see cref="IBackgroundOperationDto"/> a 202 Accepted pointing at its progress.
/// </summary>
public sealed class RemoteServiceResultFilter : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context) =>
        context.Result = context.Result switch
        {
            ObjectResult { Value: IRemoteStreamContent content } =>
                new FileStreamResult(content.GetStream(), content.ContentType) { FileDownloadName = content.FileName ?? "" },
            ObjectResult { Value: IBackgroundOperationDto operation } => new AcceptedResult(operation.ProgressLocation, operation),
            var result => result,
        };

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
