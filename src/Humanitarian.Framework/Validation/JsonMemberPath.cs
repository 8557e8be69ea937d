using System.Text.Json;

namespace Humanitarian.Framework.Validation;

/// <summary>Field paths as JSON clients spell them: "Contacts[0].Email" → "contacts[0].email".</summary>
public static class JsonMemberPath
{
    public static string Of(string path) => string.Join('.', path.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
