using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Routing;

namespace Humanitarian.Framework.Validation;

/// <summary>
/// MVC's own model validator run on a detached action context: the same attributes, the same localized
/// messages and the same collection limits as a request body gets.
/// </summary>
public sealed class ObjectValidator(IObjectModelValidator validator, IServiceProvider services) : IObjectValidator, ITransientDependency
{
    public IReadOnlyList<ValidationError> GetErrors(object input)
    {
        var context = new ActionContext(new DefaultHttpContext { RequestServices = services }, new RouteData(), new ActionDescriptor());
        validator.Validate(context, validationState: null, prefix: "", model: input);
        return context.ModelState
            .SelectMany(entry => entry.Value!.Errors.Select(error => new ValidationError(error.ErrorMessage,
                entry.Key.Length == 0 ? [] : [JsonMemberPath.Of(entry.Key)])))
            .ToList();
    }
}
