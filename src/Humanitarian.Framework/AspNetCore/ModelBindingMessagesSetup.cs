using Humanitarian.Framework.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Humanitarian.Framework.AspNetCore;

/// <summary>Model binding's own messages in the request's culture (the localizer reads it per call).</summary>
public sealed class ModelBindingMessagesSetup(IStringLocalizer<AbpFrameworkResource> l) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => l["The value '{0}' is not valid for {1}.", value, field]);
        messages.SetValueIsInvalidAccessor(value => l["The value '{0}' is invalid.", value]);
        messages.SetValueMustBeANumberAccessor(field => l["The field {0} must be a number.", field]);
        messages.SetMissingBindRequiredValueAccessor(field => l["A value for the '{0}' parameter or property was not provided.", field]);
        messages.SetValueMustNotBeNullAccessor(value => l["The value '{0}' is invalid.", value]);
        messages.SetMissingKeyOrValueAccessor(() => l["The value '{0}' is invalid.", ""]);
        messages.SetUnknownValueIsInvalidAccessor(field => l["InvalidValue", field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["The value '{0}' is invalid.", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["BodyRequired"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["The field {0} must be a number.", ""]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["BodyRequired"]);
    }
}
