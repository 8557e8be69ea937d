using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Humanitarian.Framework.AspNetCore;

/// <summary>
/// ASP.NET Core localizes a validation attribute's message only when the attribute names one; this
/// gives every attribute its default English text as the key, which the framework resource translates.
/// </summary>
public sealed class LocalizedValidationMetadataProvider : IValidationMetadataProvider, IDisplayMetadataProvider
{
    /// <summary>Without a [Display] name, messages name the field as JSON clients spell it.</summary>
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.MetadataKind == Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.ModelMetadataKind.Property
            && context.DisplayMetadata.DisplayName is null && context.Key.Name is { } name)
        {
            var camel = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
            context.DisplayMetadata.DisplayName = () => camel;
        }
    }

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is not null || attribute.ErrorMessageResourceName is not null)
            {
                continue;
            }
            var message = attribute switch
            {
                RequiredAttribute => "The {0} field is required.",
                StringLengthAttribute { MinimumLength: > 0 } =>
                    "The field {0} must be a string with a minimum length of {2} and a maximum length of {1}.",
                StringLengthAttribute => "The field {0} must be a string with a maximum length of {1}.",
                MaxLengthAttribute => "The field {0} must be a string or array type with a maximum length of '{1}'.",
                MinLengthAttribute => "The field {0} must be a string or array type with a minimum length of '{1}'.",
                RangeAttribute => "The field {0} must be between {1} and {2}.",
                EmailAddressAttribute => "The {0} field is not a valid e-mail address.",
                PhoneAttribute => "The {0} field is not a valid phone number.",
                UrlAttribute => "The {0} field is not a valid fully-qualified http, https, or ftp URL.",
                RegularExpressionAttribute => "The field {0} must match the regular expression '{1}'.",
                EnumDataTypeAttribute => "InvalidValue",
                _ => null,
            };
            // Setting null would mark the message as custom yet empty: the attribute then throws when it fails.
            if (message is not null)
            {
                attribute.ErrorMessage = message;
            }
        }
    }
}
