using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Humanitarian.Organization.Services.Documents;

/// <summary>
/// Binds an uploaded file, as ASP.NET Core does for an IFormFile without an attribute. Needed because
/// the app-service convention binds complex parameters from the body; unlike [FromForm] it keeps the
/// OpenAPI document describing a file rather than the properties of IFormFile.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class FromFormFileAttribute : Attribute, IBindingSourceMetadata
{
    public BindingSource BindingSource => BindingSource.FormFile;
}
