using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Humanitarian.Framework.Validation;

/// <summary>
/// Gives every bound string and collection, of every DTO and parameter, the framework's input rules
/// (<see cref="NoControlCharactersAttribute"/>, <see cref="CollectionItemsAttribute"/>), so that no DTO
/// has to remember them and model validation refuses bad input with 400 before a service runs.
/// </summary>
public sealed class InputValidationMetadataProvider : IValidationMetadataProvider
{
    private readonly NullabilityInfoContext _nullability = new();

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        var key = context.Key;
        if (key.MetadataKind is not (ModelMetadataKind.Property or ModelMetadataKind.Parameter))
        {
            return;
        }
        if (key.ModelType == typeof(string))
        {
            context.ValidationMetadata.ValidatorMetadata.Add(new NoControlCharactersAttribute());
        }
        else if (key.ModelType != typeof(byte[]) && typeof(IEnumerable).IsAssignableFrom(key.ModelType))
        {
            var sized = context.Attributes.Any(a => a is MaxLengthAttribute or LengthAttribute);
            context.ValidationMetadata.ValidatorMetadata.Add(
                new CollectionItemsAttribute(sized ? null : CollectionItemsAttribute.DefaultMaxCount, AllowsNullItems(key)));
        }
    }

    /// <summary>Items may be null only where the code says so (<c>List&lt;string?&gt;</c>) or cannot say (no nullable context).</summary>
    private bool AllowsNullItems(ModelMetadataIdentity key)
    {
        NullabilityInfo? info;
        lock (_nullability)
        {
            // NullabilityInfoContext is not thread-safe; metadata is created once per member and cached.
            info = key.PropertyInfo is { } property ? _nullability.Create(property)
                : key.ParameterInfo is { } parameter ? _nullability.Create(parameter)
                : null;
        }
        var item = info?.ElementType ?? (info?.GenericTypeArguments.Length == 1 ? info.GenericTypeArguments[0] : null);
        return item is null || item.Type.IsValueType || item.ReadState != NullabilityState.NotNull;
    }
}
